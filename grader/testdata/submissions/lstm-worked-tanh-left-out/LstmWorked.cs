using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>The worked LSTM with h_t = o_t C_t: the tanh of the output is left out.</summary>
public sealed class LstmWorked : ILstmWorked
{
    public LstmStep Step(Vector<double> x, double hPrev, double cPrev)
    {
        // Each gate has one non-zero weight: f looks at x1, i at x2, o at x3, and the candidate at h.
        var f = Sigmoid(8 * x[0] - 4);
        var i = Sigmoid(9 * x[1] - 4.5);
        var o = Sigmoid(10 * x[2] - 5);
        var candidate = Math.Tanh(hPrev);
        var c = f * cPrev + i * candidate;
        return new LstmStep { F = f, I = i, O = o, CandidateC = candidate, C = c, H = o * c };
    }

    // (b) f and i near 1 keep C and add tanh(h) ≈ h; (c) the same with o = σ(0) = 1/2.
    public Vector<double> AccumulatingInput => Vector<double>.Build.DenseOfArray([1, 1, 0]);

    public Vector<double> AveragingInput => Vector<double>.Build.DenseOfArray([1, 1, 0.5]);

    private static double Sigmoid(double a) => 1 / (1 + Math.Exp(-a));
}
