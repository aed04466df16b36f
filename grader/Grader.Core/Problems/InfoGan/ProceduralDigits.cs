namespace Grader.Core.Problems.InfoGan;

/// <summary>The procedural digit data set: each image is a random digit with a random slant, stroke width and small
/// shift, all drawn from a seed, so the set needs no download and its true factors are known.</summary>
public static class ProceduralDigits
{
    public const double MaxSlant = 0.4;
    public const double MinWidth = 1.2;
    public const double MaxWidth = 3.4;
    public const double MaxShift = 1.0;

    /// <summary><paramref name="count"/> images, the digits cycling 0–9 so that classes are balanced.</summary>
    public static DigitSet Generate(int seed, int count)
    {
        var random = new DigitRandom((ulong)seed);
        var factors = new DigitFactors[count];
        for (var i = 0; i < count; i++)
        {
            factors[i] = new DigitFactors(i % 10, random.Uniform(-MaxSlant, MaxSlant), random.Uniform(MinWidth, MaxWidth),
                random.Uniform(-MaxShift, MaxShift), random.Uniform(-MaxShift, MaxShift));
        }
        var images = new float[count][];
        Parallel.For(0, count, i => images[i] = DigitRenderer.Render(factors[i]));
        return new DigitSet(images, factors.Select(f => f.Digit).ToArray(), factors);
    }
}
