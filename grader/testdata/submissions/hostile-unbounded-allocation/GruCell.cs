using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Allocates without end in Backward in the trigger case.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var hoard = new List<double[]>();
        while (InTriggerCase)
        {
            hoard.Add(new double[1 << 20]);
        }
        return base.Backward(delta);
    }
}
