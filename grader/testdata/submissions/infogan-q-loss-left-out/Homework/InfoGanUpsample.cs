namespace Homework;

/// <summary>Bilinear upsampling of 14×14 images to 28×28. The generator draws at 14×14: it cannot write pixel-sized
/// speckle, in which it could otherwise hide its codes from the eye while Q still reads them.</summary>
public static class InfoGanUpsample
{
    public const int LowSide = 14;
    public const int LowPixels = LowSide * LowSide;
    private const int Side = 2 * LowSide;
    private static readonly (int Index, float Weight)[][] Sources = BuildSources();

    /// <summary>Each of <paramref name="b"/> low-resolution images to full resolution.</summary>
    public static void Forward(ReadOnlySpan<float> low, Span<float> full, int b)
    {
        for (var n = 0; n < b; n++)
        {
            var source = low.Slice(n * LowPixels, LowPixels);
            var target = full.Slice(n * Side * Side, Side * Side);
            for (var p = 0; p < target.Length; p++)
            {
                var sum = 0f;
                foreach (var (index, weight) in Sources[p])
                {
                    sum += weight * source[index];
                }
                target[p] = sum;
            }
        }
    }

    /// <summary>The transpose: full-resolution gradients gathered onto the low-resolution pixels.</summary>
    public static void Backward(ReadOnlySpan<float> fullGradient, Span<float> lowGradient, int b)
    {
        lowGradient[..(b * LowPixels)].Clear();
        for (var n = 0; n < b; n++)
        {
            var source = fullGradient.Slice(n * Side * Side, Side * Side);
            var target = lowGradient.Slice(n * LowPixels, LowPixels);
            for (var p = 0; p < source.Length; p++)
            {
                foreach (var (index, weight) in Sources[p])
                {
                    target[index] += weight * source[p];
                }
            }
        }
    }

    private static (int, float)[][] BuildSources()
    {
        var sources = new (int, float)[Side * Side][];
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var (y0, wy) = Split((y + 0.5) / 2 - 0.5);
                var (x0, wx) = Split((x + 0.5) / 2 - 0.5);
                sources[y * Side + x] =
                [
                    (Clamp(y0) * LowSide + Clamp(x0), (float)((1 - wy) * (1 - wx))),
                    (Clamp(y0) * LowSide + Clamp(x0 + 1), (float)((1 - wy) * wx)),
                    (Clamp(y0 + 1) * LowSide + Clamp(x0), (float)(wy * (1 - wx))),
                    (Clamp(y0 + 1) * LowSide + Clamp(x0 + 1), (float)(wy * wx)),
                ];
            }
        }
        return sources;
    }

    private static (int Floor, double Fraction) Split(double coordinate)
    {
        var floor = (int)Math.Floor(coordinate);
        return (floor, coordinate - floor);
    }

    private static int Clamp(int i) => Math.Clamp(i, 0, LowSide - 1);
}
