namespace Reference.Solutions;

/// <summary>SplitMix64, so that a seed fixes the whole training run on every machine.</summary>
public sealed class InfoGanRandom(ulong seed)
{
    private ulong _state = seed;

    public double NextDouble()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
        }
    }

    public int NextInt(int count) => (int)(NextDouble() * count);

    public double Normal() => Math.Sqrt(-2.0 * Math.Log(1.0 - NextDouble())) * Math.Cos(2.0 * Math.PI * NextDouble());
}
