using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.SigmoidRnn;

/// <summary>A scalar sigmoid RNN whose derivatives make one known mistake; its states, loss and σ' are the answer key's.
/// The contributions follow from the same (flawed) slope and carry as its recursion, as a student's would.</summary>
public sealed class FlawedSigmoidRnn(SigmoidFlaw flaw) : ISigmoidRnn
{
    private readonly Reference.Solutions.SigmoidRnn _truth = new();

    public double W1 { get => _truth.W1; set => _truth.W1 = value; }
    public double W2 { get => _truth.W2; set => _truth.W2 = value; }
    public double Wo { get => _truth.Wo; set => _truth.Wo = value; }
    public double B { get => _truth.B; set => _truth.B = value; }

    public double SigmoidDerivative(double r) => _truth.SigmoidDerivative(r);

    public Vector<double> States(Vector<double> x) => _truth.States(x);

    public double Loss(Vector<double> x, double y) => _truth.Loss(x, y);

    public Vector<double> StateDerivatives(Vector<double> x)
    {
        var (slopes, carry) = SlopesAndCarry(x);
        var d = Vector<double>.Build.Dense(x.Count);
        var previous = 0.0;
        for (var t = 0; t < x.Count; t++)
        {
            previous = slopes[t] * (x[t] + carry * previous);
            d[t] = previous;
        }
        return d;
    }

    public double LossGradient(Vector<double> x, double y)
    {
        var margin = y * (Wo * States(x)[^1] + B);
        var gradient = -Sigmoid(-margin) * y * Wo * StateDerivatives(x)[^1];
        return flaw == SigmoidFlaw.LossGradientSignFlipped ? -gradient : gradient;
    }

    public Vector<double> Contributions(Vector<double> x)
    {
        var (slopes, carry) = SlopesAndCarry(x);
        var c = Vector<double>.Build.Dense(x.Count);
        var carried = 1.0;
        for (var k = x.Count - 1; k >= 0; k--)
        {
            c[k] = slopes[k] * x[k] * carried;
            carried *= carry * slopes[k];
        }
        return c;
    }

    private static double Sigmoid(double r) => r >= 0 ? 1 / (1 + Math.Exp(-r)) : Math.Exp(r) / (1 + Math.Exp(r));

    /// <summary>The slope used at each step and the factor on dh_{t−1}/dw1 (w2 in the true recursion).</summary>
    private (double[] Slopes, double Carry) SlopesAndCarry(Vector<double> x)
    {
        var h = States(x);
        var slopes = new double[x.Count];
        for (var t = 0; t < x.Count; t++)
        {
            var pre = W1 * x[t] + W2 * (t == 0 ? 0 : h[t - 1]);
            slopes[t] = flaw switch
            {
                SigmoidFlaw.SigmoidDerivativeMissing => 1,
                SigmoidFlaw.DerivativeAtState => SigmoidDerivative(h[t]),
                _ => SigmoidDerivative(pre),
            };
        }
        var carry = flaw switch
        {
            SigmoidFlaw.RecurrentTermMissing => 0,
            SigmoidFlaw.W2Missing => 1,
            _ => W2,
        };
        return (slopes, carry);
    }
}
