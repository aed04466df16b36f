using System.Numerics;
using Grader.Contracts;

namespace Reference.Generator.MlpComplexity;

/// <summary>The contract answered by counting, never by a closed form: <see cref="NetworkCounter"/> walks the layers, and
/// on networks with few paths every path is listed and the two counts must agree. These counts are the fixtures.</summary>
public sealed class CountedComplexity : IMlpComplexity
{
    /// <summary>Networks with at most this many (unit, output, path) triples have their paths listed one by one.</summary>
    public const long EnumerationLimit = 2_000_000;

    public long Parameters(int d, int hiddenLayers, int n, int c) => (long)NetworkCounter.Parameters(d, hiddenLayers, n, c, biases: true);

    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) => (long)NetworkCounter.Parameters(d, hiddenLayers, n, c, biases: false);

    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) => (long)NetworkCounter.BackpropMultiplications(d, hiddenLayers, n, c);

    public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var walked = NetworkCounter.PathMultiplications(d, hiddenLayers, n, c);
        if (PathCount(d, hiddenLayers, n, c) > EnumerationLimit)
        {
            return walked;
        }
        var listed = NetworkCounter.PathMultiplicationsByEnumeration(d, hiddenLayers, n, c);
        return listed == walked
            ? listed
            : throw new InvalidOperationException($"Paths of (d={d}, L={hiddenLayers}, n={n}, c={c}): listed {listed}, walked {walked}.");
    }

    /// <summary>How many paths the enumeration visits: from every unit below the outputs to every output.</summary>
    public static BigInteger PathCount(int d, int hiddenLayers, int n, int c)
    {
        BigInteger total = (BigInteger)d * BigInteger.Pow(n, hiddenLayers);
        for (var l = 1; l <= hiddenLayers; l++)
        {
            total += (BigInteger)n * BigInteger.Pow(n, hiddenLayers - l);
        }
        return total * c;
    }
}
