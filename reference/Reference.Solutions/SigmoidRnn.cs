using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>sigmoid-rnn</c>: a scalar logistic RNN, its state derivatives and the classifier's loss.</summary>
/// <remarks>Not sealed: each piece of the derivatives that a known mistake gets wrong is a virtual member, so that a
/// variant making that mistake overrides that piece alone.</remarks>
public class SigmoidRnn : ISigmoidRnn
{
    public double W1 { get; set; }
    public double W2 { get; set; }
    public double Wo { get; set; }
    public double B { get; set; }

    /// <summary>e^(−|r|) / (1 + e^(−|r|))², which is σ(r)(1 − σ(r)) without the cancellation of 1 − σ(r) for large r.</summary>
    public double SigmoidDerivative(double r)
    {
        var e = Math.Exp(-Math.Abs(r));
        return e / ((1 + e) * (1 + e));
    }

    public Vector<double> States(Vector<double> x)
    {
        var h = Vector<double>.Build.Dense(x.Count);
        var previous = 0.0;
        for (var t = 0; t < x.Count; t++)
        {
            previous = Sigmoid(W1 * x[t] + W2 * previous);
            h[t] = previous;
        }
        return h;
    }

    public Vector<double> StateDerivatives(Vector<double> x)
    {
        var slopes = Slopes(x);
        var d = Vector<double>.Build.Dense(x.Count);
        var previous = 0.0;
        for (var t = 0; t < x.Count; t++)
        {
            previous = slopes[t] * (x[t] + Carry * previous);
            d[t] = previous;
        }
        return d;
    }

    /// <summary>softplus(−m) = log(1 + e^(−m)) with m = y(wo h_T + b), computed so that it neither overflows nor loses digits.</summary>
    public double Loss(Vector<double> x, double y)
    {
        var margin = y * (Wo * States(x)[^1] + B);
        return Math.Max(-margin, 0) + Math.Log(1 + Math.Exp(-Math.Abs(margin)));
    }

    /// <summary>dL/dw1 = −σ(−m) y wo dh_T/dw1.</summary>
    public virtual double LossGradient(Vector<double> x, double y)
    {
        var margin = y * (Wo * States(x)[^1] + B);
        return -Sigmoid(-margin) * y * Wo * StateDerivatives(x)[^1];
    }

    public Vector<double> Contributions(Vector<double> x)
    {
        var slopes = Slopes(x);
        var c = Vector<double>.Build.Dense(x.Count);
        // carried = Π_{j=k+1..T} w2 σ'(a_j), built from the last step backwards.
        var carried = 1.0;
        for (var k = x.Count - 1; k >= 0; k--)
        {
            c[k] = slopes[k] * x[k] * carried;
            carried *= Carry * slopes[k];
        }
        return c;
    }

    /// <summary>∂a_t/∂h_{t−1} = w2: the factor that carries dh_{t−1}/dw1 into dh_t/dw1.</summary>
    protected virtual double Carry => W2;

    /// <summary>σ'(a_t) at every step, a_t = w1 x_t + w2 h_{t−1} the pre-activation.</summary>
    protected virtual double[] Slopes(Vector<double> x) => PreActivations(x).Select(SigmoidDerivative).ToArray();

    private double[] PreActivations(Vector<double> x)
    {
        var pre = new double[x.Count];
        var previous = 0.0;
        for (var t = 0; t < x.Count; t++)
        {
            pre[t] = W1 * x[t] + W2 * previous;
            previous = Sigmoid(pre[t]);
        }
        return pre;
    }

    private static double Sigmoid(double r) => r >= 0 ? 1 / (1 + Math.Exp(-r)) : Math.Exp(r) / (1 + Math.Exp(r));
}
