using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>The answer key, with a Backward that a test rewrites: it gets the true backward to call, or not.</summary>
internal sealed class ScriptedGruCell(
    Func<Func<(Vector<double> Dx, Vector<double> Dh)>, (Vector<double> Dx, Vector<double> Dh)> backward) : IGruCell
{
    private readonly Reference.Solutions.GruCell _cell = new();

    public Matrix<double> Wzh { get => _cell.Wzh; set => _cell.Wzh = value; }
    public Matrix<double> Wzx { get => _cell.Wzx; set => _cell.Wzx = value; }
    public Matrix<double> Wrh { get => _cell.Wrh; set => _cell.Wrh = value; }
    public Matrix<double> Wrx { get => _cell.Wrx; set => _cell.Wrx = value; }
    public Matrix<double> Wh { get => _cell.Wh; set => _cell.Wh = value; }
    public Matrix<double> Wx { get => _cell.Wx; set => _cell.Wx = value; }
    public Matrix<double> DWzh => _cell.DWzh;
    public Matrix<double> DWzx => _cell.DWzx;
    public Matrix<double> DWrh => _cell.DWrh;
    public Matrix<double> DWrx => _cell.DWrx;
    public Matrix<double> DWh => _cell.DWh;
    public Matrix<double> DWx => _cell.DWx;

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev) => _cell.Forward(x, hPrev);

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) => backward(() => _cell.Backward(delta));
}
