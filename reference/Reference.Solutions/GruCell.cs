using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>gru-cell</c>: a GRU step without biases, and its backward pass.</summary>
public sealed class GruCell : IGruCell
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    private Vector<double> _x = Vector<double>.Build.Dense(0);
    private Vector<double> _h = Vector<double>.Build.Dense(0);
    private Vector<double> _z = Vector<double>.Build.Dense(0);
    private Vector<double> _r = Vector<double>.Build.Dense(0);
    private Vector<double> _candidate = Vector<double>.Build.Dense(0);

    public Matrix<double> Wzh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wzx { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wrh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wrx { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wx { get; set; } = M.Dense(0, 0);

    public Matrix<double> DWzh { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DWzx { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DWrh { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DWrx { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DWh { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DWx { get; private set; } = M.Dense(0, 0);

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        _x = x;
        _h = hPrev;
        _z = Sigmoid(Wzh * hPrev + Wzx * x);
        _r = Sigmoid(Wrh * hPrev + Wrx * x);
        _candidate = (Wh * _r.PointwiseMultiply(hPrev) + Wx * x).PointwiseTanh();
        return (1.0 - _z).PointwiseMultiply(hPrev) + _z.PointwiseMultiply(_candidate);
    }

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        // Pre-activation gradients of the candidate, the update gate and the reset gate.
        var candidatePre = delta.PointwiseMultiply(_z).PointwiseMultiply(1.0 - _candidate.PointwiseMultiply(_candidate));
        var updatePre = delta.PointwiseMultiply(_candidate - _h).PointwiseMultiply(_z.PointwiseMultiply(1.0 - _z));
        var resetState = Wh.TransposeThisAndMultiply(candidatePre);
        var resetPre = resetState.PointwiseMultiply(_h).PointwiseMultiply(_r.PointwiseMultiply(1.0 - _r));

        DWh = candidatePre.OuterProduct(_r.PointwiseMultiply(_h));
        DWx = candidatePre.OuterProduct(_x);
        DWzh = updatePre.OuterProduct(_h);
        DWzx = updatePre.OuterProduct(_x);
        DWrh = resetPre.OuterProduct(_h);
        DWrx = resetPre.OuterProduct(_x);

        var dx = Wzx.TransposeThisAndMultiply(updatePre)
            + Wrx.TransposeThisAndMultiply(resetPre)
            + Wx.TransposeThisAndMultiply(candidatePre);
        var dh = delta.PointwiseMultiply(1.0 - _z)
            + Wzh.TransposeThisAndMultiply(updatePre)
            + Wrh.TransposeThisAndMultiply(resetPre)
            + resetState.PointwiseMultiply(_r);
        return (dx, dh);
    }

    private static Vector<double> Sigmoid(Vector<double> v) => v.Map(a => 1.0 / (1.0 + Math.Exp(-a)));
}
