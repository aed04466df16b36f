using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>lstm-worked</c>: the LSTM with the problem's weights, and the inputs of parts (b) and (c).</summary>
/// <remarks>Not sealed: each part of the step that a known mistake gets wrong is a protected virtual method, so that a
/// variant making that mistake overrides that part alone.</remarks>
public class LstmWorked : ILstmWorked
{
    private static readonly Vector<double> Wf = Vector<double>.Build.DenseOfArray([0, 8, 0, 0]);
    private static readonly Vector<double> Wi = Vector<double>.Build.DenseOfArray([0, 0, 9, 0]);
    private static readonly Vector<double> Wo = Vector<double>.Build.DenseOfArray([0, 0, 0, 10]);
    private static readonly Vector<double> Wc = Vector<double>.Build.DenseOfArray([1, 0, 0, 0]);

    public LstmStep Step(Vector<double> x, double hPrev, double cPrev)
    {
        var v = Concatenate(hPrev, x);
        var (bf, bi, bo) = Biases;
        var f = Sigmoid(Wf.DotProduct(v) + bf);
        var i = Sigmoid(Wi.DotProduct(v) + bi);
        var o = Sigmoid(Wo.DotProduct(v) + bo);
        var candidate = Candidate(Wc.DotProduct(v));
        var c = Cell(f, i, cPrev, candidate);
        return new LstmStep { F = f, I = i, O = o, CandidateC = candidate, C = c, H = Output(o, c) };
    }

    // (b) f ≈ 1 and i ≈ 1 keep C_{t−1} and add C̃ = tanh(h_{t−1}) ≈ h_{t−1}; (c) also o = σ(0) = 1/2.
    public Vector<double> AccumulatingInput => Vector<double>.Build.DenseOfArray([1, 1, 0]);

    public Vector<double> AveragingInput => Vector<double>.Build.DenseOfArray([1, 1, 0.5]);

    /// <summary>The biases of the forget, input and output gates.</summary>
    protected virtual (double F, double I, double O) Biases => (-4, -4.5, -5);

    /// <summary>v = [h_{t−1}; x_t], what every weight vector meets.</summary>
    protected virtual Vector<double> Concatenate(double hPrev, Vector<double> x) =>
        Vector<double>.Build.DenseOfArray([hPrev, x[0], x[1], x[2]]);

    /// <summary>C̃ = tanh(W_C · v).</summary>
    protected virtual double Candidate(double preActivation) => Math.Tanh(preActivation);

    /// <summary>C_t = f ⊙ C_{t−1} + i ⊙ C̃.</summary>
    protected virtual double Cell(double f, double i, double cPrev, double candidate) => f * cPrev + i * candidate;

    /// <summary>h_t = o ⊙ tanh(C_t).</summary>
    protected virtual double Output(double o, double c) => o * Math.Tanh(c);

    protected static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
