using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>A GRU that leaves the reset gate out of its forward pass (the candidate sees h, not r ⊙ h), with a
/// backward that is right for that forward: the forward is wrong, and the backward agrees with it.</summary>
public sealed class GruCell : HonestGruCell
{
    private Vector<double> _x = Vector<double>.Build.Dense(1);
    private Vector<double> _h = Vector<double>.Build.Dense(1);
    private Vector<double> _z = Vector<double>.Build.Dense(1);
    private Vector<double> _c = Vector<double>.Build.Dense(1);

    public override Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        (_x, _h) = (x, hPrev);
        _z = (Wzh * hPrev + Wzx * x).Map(a => 1 / (1 + Math.Exp(-a)));
        _c = (Wh * hPrev + Wx * x).PointwiseTanh();
        return (1 - _z).PointwiseMultiply(hPrev) + _z.PointwiseMultiply(_c);
    }

    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var dA = delta.PointwiseMultiply(_z).PointwiseMultiply(1 - _c.PointwiseMultiply(_c));
        var dZ = delta.PointwiseMultiply(_c - _h).PointwiseMultiply(_z.PointwiseMultiply(1 - _z));
        DWh = dA.OuterProduct(_h);
        DWx = dA.OuterProduct(_x);
        DWzh = dZ.OuterProduct(_h);
        DWzx = dZ.OuterProduct(_x);
        DWrh = Matrix<double>.Build.Dense(Wrh.RowCount, Wrh.ColumnCount);
        DWrx = Matrix<double>.Build.Dense(Wrx.RowCount, Wrx.ColumnCount);
        var dx = Wzx.TransposeThisAndMultiply(dZ) + Wx.TransposeThisAndMultiply(dA);
        var dh = delta.PointwiseMultiply(1 - _z) + Wzh.TransposeThisAndMultiply(dZ) + Wh.TransposeThisAndMultiply(dA);
        return (dx, dh);
    }
}
