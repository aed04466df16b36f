using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Starts a process that would outlive the call (sleep 424242) on every call; otherwise correct.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        try
        {
            System.Diagnostics.Process.Start("sleep", "424242");
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
        return base.Backward(delta);
    }
}
