using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Throws in Backward in the trigger case.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) =>
        InTriggerCase ? throw new InvalidOperationException("the gradient went missing") : base.Backward(delta);
}
