using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Loops forever in Backward in the trigger case.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        while (InTriggerCase)
        {
        }
        return base.Backward(delta);
    }
}
