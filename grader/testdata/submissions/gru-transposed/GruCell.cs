using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Correct except for one thing: dWh is stored transposed, dWh[j, i] = ∂L/∂a[i] · (r⊙h)[j].</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var result = base.Backward(delta);
        DWh = DWh.Transpose();
        return result;
    }
}
