using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Starts a thread that spins forever on every call; otherwise correct.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var thread = new Thread(() =>
        {
            var spin = 0L;
            while (true)
            {
                spin++;
            }
        }) { IsBackground = false };
        thread.Start();
        return base.Backward(delta);
    }
}
