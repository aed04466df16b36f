using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Diagnosis;

/// <summary>A GRU whose Forward throws, or returns NaN: what differentiating a broken forward pass meets.</summary>
internal sealed class BrokenForwardGruCell(bool returnsNaN = false) : IGruCell
{
    public Matrix<double> Wzh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wzx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWzh => Wzh;
    public Matrix<double> DWzx => Wzx;
    public Matrix<double> DWrh => Wrh;
    public Matrix<double> DWrx => Wrx;
    public Matrix<double> DWh => Wh;
    public Matrix<double> DWx => Wx;

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev) =>
        returnsNaN ? Vector<double>.Build.Dense(hPrev.Count, double.NaN) : throw new InvalidOperationException("forward broke");

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) => throw new InvalidOperationException("backward broke");
}
