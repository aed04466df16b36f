using System.Numerics;
using Grader.Contracts;

namespace Reference.Generator.MlpComplexity;

/// <summary>The answer key's closed forms with one known mistake, as a student would write them.</summary>
public sealed class FlawedMlpComplexity(ComplexityFlaw flaw) : IMlpComplexity
{
    private readonly Reference.Solutions.MlpComplexity _right = new();

    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) => flaw switch
    {
        ComplexityFlaw.HiddenLayersOffByOne => _right.ParametersWithoutBiases(d, hiddenLayers + 1, n, c),
        ComplexityFlaw.OutputLayerForgotten => (long)d * n + (hiddenLayers - 1L) * n * n,
        _ => _right.ParametersWithoutBiases(d, hiddenLayers, n, c),
    };

    public long Parameters(int d, int hiddenLayers, int n, int c) => flaw switch
    {
        ComplexityFlaw.BiasesForgotten => ParametersWithoutBiases(d, hiddenLayers, n, c),
        ComplexityFlaw.HiddenLayersOffByOne => _right.Parameters(d, hiddenLayers + 1, n, c),
        ComplexityFlaw.OutputLayerForgotten => ParametersWithoutBiases(d, hiddenLayers, n, c) + (long)hiddenLayers * n,
        _ => _right.Parameters(d, hiddenLayers, n, c),
    };

    /// <summary>Forward + backward (∂W, Wᵀδ, ⊙f') + update, each term as the flaw has it.</summary>
    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c)
    {
        if (flaw == ComplexityFlaw.HiddenLayersOffByOne)
        {
            return _right.BackpropMultiplications(d, hiddenLayers + 1, n, c);
        }
        var weights = ParametersWithoutBiases(d, hiddenLayers, n, c);
        var errorsSentDown = flaw == ComplexityFlaw.BackwardCountedOnce ? 0 : weights - (long)d * n;
        var derivatives = flaw == ComplexityFlaw.DerivativeProductsForgotten ? 0 : (long)hiddenLayers * n;
        var update = flaw == ComplexityFlaw.UpdateForgotten ? 0 : Parameters(d, hiddenLayers, n, c);
        return weights + weights + errorsSentDown + derivatives + update;
    }

    public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var length = hiddenLayers;
        var big = (BigInteger)n;
        return flaw switch
        {
            ComplexityFlaw.HiddenLayersOffByOne => _right.PathMultiplications(d, hiddenLayers + 1, n, c),
            ComplexityFlaw.PathsFromInputsOnly => c * (BigInteger)d * length * BigInteger.Pow(big, length),
            // Each path of ℓ = L − l + 1 edges charged ℓ: the right count plus one per path.
            ComplexityFlaw.EveryEdgeMultiplied => _right.PathMultiplications(d, hiddenLayers, n, c) + CountedComplexity.PathCount(d, hiddenLayers, n, c),
            _ => _right.PathMultiplications(d, hiddenLayers, n, c),
        };
    }
}
