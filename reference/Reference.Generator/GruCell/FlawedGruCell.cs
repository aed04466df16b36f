using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.GruCell;

/// <summary>A GRU cell that makes one known mistake. With <see cref="GruFlaw.None"/> it equals the answer key
/// bit for bit (a test holds it to that), so each flaw differs from the truth by that flaw alone.</summary>
public sealed class FlawedGruCell(GruFlaw flaw) : IGruCell
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
        var (keep, take) = KeepAndTake();
        return keep.PointwiseMultiply(hPrev) + take.PointwiseMultiply(_candidate);
    }

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var (keep, take) = KeepAndTake();
        var tanhSlope = flaw == GruFlaw.TanhDerivativeMissing ? Ones() : 1.0 - _candidate.PointwiseMultiply(_candidate);
        var zSlope = flaw == GruFlaw.SigmoidDerivativeMissing ? Ones() : _z.PointwiseMultiply(1.0 - _z);
        var rSlope = flaw == GruFlaw.SigmoidDerivativeMissing ? Ones() : _r.PointwiseMultiply(1.0 - _r);

        // ∂h'/∂z: h̃ − h in the true cell, its negative when z and 1 − z trade places.
        var updateSign = flaw is GruFlaw.UpdateSignFlipped or GruFlaw.UpdateGateSwapped ? -1.0 : 1.0;
        var candidatePre = delta.PointwiseMultiply(take).PointwiseMultiply(tanhSlope);
        var updatePre = (updateSign * delta.PointwiseMultiply(_candidate - _h)).PointwiseMultiply(zSlope);
        var resetState = Wh.TransposeThisAndMultiply(candidatePre);
        var resetPre = resetState.PointwiseMultiply(_h).PointwiseMultiply(rSlope);

        DWh = candidatePre.OuterProduct(flaw == GruFlaw.ResetLeftOutOfDWh ? _h : _r.PointwiseMultiply(_h));
        DWx = candidatePre.OuterProduct(_x);
        DWzh = updatePre.OuterProduct(_h);
        DWzx = updatePre.OuterProduct(_x);
        DWrh = resetPre.OuterProduct(_h);
        DWrx = resetPre.OuterProduct(_x);
        DWh = flaw == GruFlaw.DWhTransposed ? DWh.Transpose() : DWh;
        DWzh = flaw == GruFlaw.DWzhTransposed ? DWzh.Transpose() : DWzh;
        DWrh = flaw == GruFlaw.DWrhTransposed ? DWrh.Transpose() : DWrh;

        var dx = Wzx.TransposeThisAndMultiply(updatePre)
            + Wrx.TransposeThisAndMultiply(resetPre)
            + Wx.TransposeThisAndMultiply(candidatePre);
        var direct = flaw == GruFlaw.DirectPathMissing ? Zeros() : delta.PointwiseMultiply(keep);
        var throughReset = flaw == GruFlaw.ResetPathMissingFromDh ? Zeros() : resetState.PointwiseMultiply(_r);
        var dh = direct
            + Wzh.TransposeThisAndMultiply(updatePre)
            + Wrh.TransposeThisAndMultiply(resetPre)
            + throughReset;
        return (dx, dh);
    }

    /// <summary>The weights of the old state and of the candidate in h'.</summary>
    private (Vector<double> Keep, Vector<double> Take) KeepAndTake() =>
        flaw == GruFlaw.UpdateGateSwapped ? (_z, 1.0 - _z) : (1.0 - _z, _z);

    private Vector<double> Ones() => Vector<double>.Build.Dense(_h.Count, 1.0);

    private Vector<double> Zeros() => Vector<double>.Build.Dense(_h.Count);

    private static Vector<double> Sigmoid(Vector<double> v) => v.Map(a => 1.0 / (1.0 + Math.Exp(-a)));
}
