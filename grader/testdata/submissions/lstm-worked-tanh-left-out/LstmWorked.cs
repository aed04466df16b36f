using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>The worked LSTM with h_t = o_t C_t: the tanh of the output is left out.</summary>
public sealed class LstmWorked : ILstmWorked
{
    private static readonly Vector<double> Wf = Vector<double>.Build.DenseOfArray([0, 8, 0, 0]);
    private static readonly Vector<double> Wi = Vector<double>.Build.DenseOfArray([0, 0, 9, 0]);
    private static readonly Vector<double> Wo = Vector<double>.Build.DenseOfArray([0, 0, 0, 10]);
    private static readonly Vector<double> Wc = Vector<double>.Build.DenseOfArray([1, 0, 0, 0]);

    public LstmStep Step(Vector<double> x, double hPrev, double cPrev)
    {
        var v = Vector<double>.Build.DenseOfArray([hPrev, x[0], x[1], x[2]]);
        var f = Sigmoid(Wf.DotProduct(v) - 4);
        var i = Sigmoid(Wi.DotProduct(v) - 4.5);
        var o = Sigmoid(Wo.DotProduct(v) - 5);
        var candidate = Math.Tanh(Wc.DotProduct(v));
        var c = f * cPrev + i * candidate;
        return new LstmStep { F = f, I = i, O = o, CandidateC = candidate, C = c, H = o * c };
    }

    // (b) f ≈ 1 and i ≈ 1 keep C_{t−1} and add C̃ = tanh(h_{t−1}) ≈ h_{t−1}; (c) also o = σ(0) = 1/2.
    public Vector<double> AccumulatingInput => Vector<double>.Build.DenseOfArray([1, 1, 0]);

    public Vector<double> AveragingInput => Vector<double>.Build.DenseOfArray([1, 1, 0.5]);

    private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
