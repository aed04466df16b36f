using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Recurses without end in Backward in the trigger case.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta) =>
        InTriggerCase ? Deeper(delta, 0) : base.Backward(delta);

    private (Vector<double> Dx, Vector<double> Dh) Deeper(Vector<double> delta, int depth)
    {
        var result = Deeper(delta, depth + 1);
        return (result.Dx * depth, result.Dh);
    }
}
