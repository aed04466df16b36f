using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

// A scalar sigmoid RNN written with loops. Everything follows the recursion, but the slope of each step is taken at
// the state h_t instead of the pre-activation a_t: σ'(h_t) where σ'(a_t) = h_t (1 − h_t) belongs.
public sealed class SigmoidRnn : ISigmoidRnn
{
    public double W1 { get; set; }
    public double W2 { get; set; }
    public double Wo { get; set; }
    public double B { get; set; }

    public double SigmoidDerivative(double r)
    {
        var s = 1.0 / (1.0 + Math.Exp(-r));
        return s * (1.0 - s);
    }

    public Vector<double> States(Vector<double> x)
    {
        var h = new double[x.Count];
        double previous = 0;
        for (var t = 0; t < x.Count; t++)
        {
            previous = 1.0 / (1.0 + Math.Exp(-(W1 * x[t] + W2 * previous)));
            h[t] = previous;
        }
        return Vector<double>.Build.DenseOfArray(h);
    }

    public Vector<double> StateDerivatives(Vector<double> x)
    {
        var h = States(x);
        var d = new double[x.Count];
        double previous = 0;
        for (var t = 0; t < x.Count; t++)
        {
            previous = SigmoidDerivative(h[t]) * (x[t] + W2 * previous);   // the bug: σ' at h_t, not at a_t
            d[t] = previous;
        }
        return Vector<double>.Build.DenseOfArray(d);
    }

    public double Loss(Vector<double> x, double y)
    {
        var m = y * (Wo * States(x)[x.Count - 1] + B);
        return m > 0 ? Math.Log(1 + Math.Exp(-m)) : -m + Math.Log(1 + Math.Exp(m));
    }

    public double LossGradient(Vector<double> x, double y)
    {
        var m = y * (Wo * States(x)[x.Count - 1] + B);
        return -y * Wo * StateDerivatives(x)[x.Count - 1] / (1 + Math.Exp(m));
    }

    public Vector<double> Contributions(Vector<double> x)
    {
        var h = States(x);
        var c = new double[x.Count];
        for (var k = 0; k < x.Count; k++)
        {
            c[k] = SigmoidDerivative(h[k]) * x[k];
            for (var j = k + 1; j < x.Count; j++) c[k] *= W2 * SigmoidDerivative(h[j]);
        }
        return Vector<double>.Build.DenseOfArray(c);
    }
}
