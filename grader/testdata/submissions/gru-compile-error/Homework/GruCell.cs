using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

// Does not compile: a misspelt method and a missing member of the interface.
public sealed class GruCell : IGruCell
{
    public Matrix<double> Wzh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wzx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWzh { get; private set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWzx { get; private set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWrh { get; private set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWrx { get; private set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWh { get; private set; } = Matrix<double>.Build.Dense(1, 1);

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev) =>
        (Wzh * hPrev).PointwiseTanhh();

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) => (delta, delta);
}
