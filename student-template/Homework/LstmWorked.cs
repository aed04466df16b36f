using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your worked LSTM example. The problem and its weights: problems/lstm-worked.md.</summary>
public sealed class LstmWorked : ILstmWorked
{
    public LstmStep Step(Vector<double> x, double hPrev, double cPrev) =>
        throw NotDone("Step: f, i, o, C̃, C_t and h_t of one step");

    public Vector<double> AccumulatingInput => throw NotDone("part (b): the input x with C_t ≈ C_{t−1} + h_{t−1}");

    public Vector<double> AveragingInput => throw NotDone("part (c): the input x with h_t ≈ (C_{t−1} + h_{t−1}) / 2");

    private static NotImplementedException NotDone(string what) =>
        new($"lstm-worked: {what} is not implemented yet. See problems/lstm-worked.md.");
}
