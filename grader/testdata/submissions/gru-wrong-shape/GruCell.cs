using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Correct except that Backward returns dx with the length of h instead of x (a shape mismatch wherever d ≠ n).</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var (dx, dh) = base.Backward(delta);
        var wrong = Vector<double>.Build.Dense(dh.Count, i => i < dx.Count ? dx[i] : 0);
        return (wrong, dh);
    }
}
