using System.Threading;
using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>dWh transposed, and a forward pass that never returns the second time it runs in one load of the
/// submission: a grading call runs it once, differentiating it runs it many times.</summary>
public sealed class GruCell : HonestGruCell
{
    private static int _forwardCalls;

    public override Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        if (Interlocked.Increment(ref _forwardCalls) > 1)
        {
            while (true)
            {
                Thread.SpinWait(1000);
            }
        }
        return base.Forward(x, hPrev);
    }

    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var result = base.Backward(delta);
        DWh = DWh.Transpose();
        return result;
    }
}
