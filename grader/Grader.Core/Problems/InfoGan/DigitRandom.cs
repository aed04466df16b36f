namespace Grader.Core.Problems.InfoGan;

/// <summary>SplitMix64: a tiny seeded generator whose stream is fixed by its seed on every machine and runtime, so the
/// procedural digits and the measurement's codes are the same wherever they are drawn.</summary>
internal sealed class DigitRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, 1), on a 2^-53 grid.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [low, high).</summary>
    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>Uniform in 0 … count − 1.</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    /// <summary>A standard normal draw (Box–Muller, one value per call).</summary>
    public double Normal()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * NextDouble());
    }
}
