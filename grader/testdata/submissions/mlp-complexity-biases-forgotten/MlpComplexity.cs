using System.Numerics;
using Grader.Contracts;

namespace Homework;

/// <summary>Closed forms that count the weights but forget the biases, in the parameter count and in the SGD update.</summary>
public sealed class MlpComplexity : IMlpComplexity
{
    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) =>
        (long)d * n + (hiddenLayers - 1L) * n * n + (long)n * c;

    public long Parameters(int d, int hiddenLayers, int n, int c) => ParametersWithoutBiases(d, hiddenLayers, n, c);

    // Forward, ∂W, Wᵀδ below the output, ⊙ f' at each hidden unit, then η·g for every parameter (weights only here).
    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var weights = ParametersWithoutBiases(d, hiddenLayers, n, c);
        return weights + weights + (weights - (long)d * n) + (long)hiddenLayers * n + Parameters(d, hiddenLayers, n, c);
    }

    public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c)
    {
        BigInteger total = 0;
        for (var layer = 0; layer <= hiddenLayers; layer++)
        {
            var units = layer == 0 ? d : n;
            total += units * BigInteger.Pow(n, hiddenLayers - layer) * (hiddenLayers - layer);
        }
        return c * total;
    }
}
