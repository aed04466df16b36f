using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your GRU cell. The problem and its equations: problems/gru-cell.md.</summary>
public sealed class GruCell : IGruCell
{
    public Matrix<double> Wzh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Wzx { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Wrh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Wrx { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Wh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Wx { get; set; } = Matrix<double>.Build.Dense(0, 0);

    public Matrix<double> DWzh => throw NotDone("the gradient dWzh (set it in Backward)");
    public Matrix<double> DWzx => throw NotDone("the gradient dWzx (set it in Backward)");
    public Matrix<double> DWrh => throw NotDone("the gradient dWrh (set it in Backward)");
    public Matrix<double> DWrx => throw NotDone("the gradient dWrx (set it in Backward)");
    public Matrix<double> DWh => throw NotDone("the gradient dWh (set it in Backward)");
    public Matrix<double> DWx => throw NotDone("the gradient dWx (set it in Backward)");

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev) =>
        throw NotDone("Forward: h' = (1 − z) ⊙ h + z ⊙ h̃");

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) =>
        throw NotDone("Backward: dx, dh and the six weight gradients");

    private static NotImplementedException NotDone(string what) =>
        new($"gru-cell: {what} is not implemented yet. See problems/gru-cell.md.");
}
