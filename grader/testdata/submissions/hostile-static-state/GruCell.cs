using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Correct only on the first call of a process: a static flag remembers it was called, and later calls
/// scale h' by 2. Each check gets fresh state, so every check sees a first call.</summary>
public sealed class GruCell : HonestGruCell
{
    private static bool _called;

    public override Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        var next = base.Forward(x, hPrev);
        var scale = _called ? 2.0 : 1.0;
        _called = true;
        return next * scale;
    }
}
