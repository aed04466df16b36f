using Grader.Toolkit;

namespace Reference.Generator;

/// <summary>The draws fixture inputs are made of, on the Toolkit's <see cref="ToolkitRandom"/> (xoshiro256** seeded
/// through SplitMix64): the same numbers on every machine and runtime version, which System.Random does not promise.
/// Only <see cref="Gaussian"/> uses transcendental functions, and it rounds them away, so fixture inputs are bit-exact.</summary>
public sealed class SeededRandom(long seed)
{
    private readonly ToolkitRandom _random = new(seed);

    public ulong NextUInt64() => _random.NextUInt64();

    /// <summary>Uniform on [0, 1), 53 random bits.</summary>
    public double NextDouble() => _random.NextDouble();

    /// <summary>Uniform on [−scale, scale).</summary>
    public double Symmetric(double scale) => (2.0 * NextDouble() - 1.0) * scale;

    /// <summary>Uniform on the 2049 points k·scale/1024, k = −1024…1024: exact in binary and short in decimal,
    /// which keeps fixture files small without changing what they test.</summary>
    public double Grid(double scale) => (NextInt(2049) - 1024) * scale / 1024;

    /// <summary>A normal draw with mean 0 and standard deviation <paramref name="sigma"/>, by Box–Muller (the cosine
    /// half; each call takes two uniforms). The result is rounded to a multiple of 2⁻¹⁶ so that it does not depend on
    /// the last bits of the platform's log and cos, and so that fixtures written from it regenerate bit for bit.</summary>
    public double Gaussian(double sigma) => Math.Round(_random.Normal() * sigma * 65536.0) / 65536.0;

    /// <summary>Uniform on [0, count).</summary>
    public int NextInt(int count) => _random.NextInt(count);
}
