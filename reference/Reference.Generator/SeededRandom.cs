namespace Reference.Generator;

/// <summary>xoshiro256** seeded through SplitMix64: the same numbers on every machine and runtime version,
/// which System.Random does not promise. Uses no transcendental functions, so fixture inputs are bit-exact.</summary>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(long seed)
    {
        var state = unchecked((ulong)seed);
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform on [0, 1), 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on [−scale, scale).</summary>
    public double Symmetric(double scale) => (2.0 * NextDouble() - 1.0) * scale;

    /// <summary>Uniform on the 2049 points k·scale/1024, k = −1024…1024: exact in binary and short in decimal,
    /// which keeps fixture files small without changing what they test.</summary>
    public double Grid(double scale) => (NextInt(2049) - 1024) * scale / 1024;

    /// <summary>A normal draw with mean 0 and standard deviation <paramref name="sigma"/>, by Box–Muller (the cosine
    /// half; each call takes two uniforms). The result is rounded to a multiple of 2⁻¹⁶ so that it does not depend on
    /// the last bits of the platform's log and cos, and so that fixtures written from it regenerate bit for bit.</summary>
    public double Gaussian(double sigma)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Round(z * sigma * 65536.0) / 65536.0;
    }

    /// <summary>Uniform on [0, count).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
