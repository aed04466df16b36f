using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Writes bytes that are not text (NULs, invalid UTF-8, something like a frame header) straight to the
/// standard output handle on every call; otherwise correct.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        using var raw = Console.OpenStandardOutput();
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray();
        raw.Write([0x10, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x1B]);
        raw.Write(garbage);
        raw.Flush();
        return base.Backward(delta);
    }
}
