using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your character-level RNN. The problem and its equations: problems/char-rnn.md.</summary>
public sealed class CharRnn : ICharRnn
{
    public Matrix<double> U { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> W { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> V { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> B { get; set; } = Vector<double>.Build.Dense(0);
    public Vector<double> C { get; set; } = Vector<double>.Build.Dense(0);

    public Matrix<double> DU => throw NotDone("the gradient dU (set it in Backward)");
    public Matrix<double> DW => throw NotDone("the gradient dW (set it in Backward)");
    public Matrix<double> DV => throw NotDone("the gradient dV (set it in Backward)");
    public Vector<double> DB => throw NotDone("the gradient db (set it in Backward)");
    public Vector<double> DC => throw NotDone("the gradient dc (set it in Backward)");

    public string Prepare(string text) =>
        throw NotDone("Prepare: lower-case, non-letters to spaces, runs of spaces collapsed");

    public (int[][] Inputs, int[][] Targets) Windows(string prepared, int seqLength, int stride) =>
        throw NotDone("Windows: inputs s … s+T−1 and targets s+1 … s+T for s = 0, stride, 2·stride, …");

    public Matrix<double> Forward(int[] inputs) =>
        throw NotDone("Forward: h_t = ReLU(U x_t + W h_{t−1} + b), y_t = softmax(V h_t + c)");

    public double Backward(int[] inputs, int[] targets) =>
        throw NotDone("Backward: the loss and BPTT gradients dU, dW, dV, db, dc");

    private static NotImplementedException NotDone(string what) =>
        new($"char-rnn: {what} is not implemented yet. See problems/char-rnn.md.");
}
