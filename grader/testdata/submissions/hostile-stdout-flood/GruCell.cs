using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Writes 10 MB to the console on every call; otherwise correct.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var line = new string('x', 1023);
        for (var i = 0; i < 10 * 1024; i++)
        {
            Console.WriteLine(line);
        }
        return base.Backward(delta);
    }
}
