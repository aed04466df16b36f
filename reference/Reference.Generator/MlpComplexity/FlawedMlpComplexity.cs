using System.Numerics;

namespace Reference.Generator.MlpComplexity;

/// <summary>The answer key's closed forms with one known mistake, as a student would write them: each flaw overrides
/// the terms it gets wrong.</summary>
public sealed class FlawedMlpComplexity(ComplexityFlaw flaw) : Reference.Solutions.MlpComplexity
{
    /// <summary>Each path of ℓ = L − l + 1 edges charged ℓ: the right count plus one per path.</summary>
    public override BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) =>
        flaw == ComplexityFlaw.EveryEdgeMultiplied
            ? base.PathMultiplications(d, hiddenLayers, n, c) + CountedComplexity.PathCount(d, hiddenLayers, n, c)
            : base.PathMultiplications(d, hiddenLayers, n, c);

    protected override long HiddenWeights(int hiddenLayers, int n) => base.HiddenWeights(Counted(hiddenLayers), n);

    protected override long OutputWeights(int n, int c) => flaw == ComplexityFlaw.OutputLayerForgotten ? 0 : base.OutputWeights(n, c);

    protected override long Biases(int hiddenLayers, int n, int c) => flaw switch
    {
        ComplexityFlaw.BiasesForgotten => 0,
        ComplexityFlaw.OutputLayerForgotten => (long)hiddenLayers * n,
        _ => base.Biases(Counted(hiddenLayers), n, c),
    };

    protected override long ErrorsSentDown(long weights, int d, int n) =>
        flaw == ComplexityFlaw.BackwardCountedOnce ? 0 : base.ErrorsSentDown(weights, d, n);

    protected override long DerivativeProducts(int hiddenLayers, int n) =>
        flaw == ComplexityFlaw.DerivativeProductsForgotten ? 0 : base.DerivativeProducts(Counted(hiddenLayers), n);

    protected override long UpdateMultiplications(long parameters) =>
        flaw == ComplexityFlaw.UpdateForgotten ? 0 : base.UpdateMultiplications(parameters);

    protected override BigInteger PathsFromInputs(int d, int hiddenLayers, int n) => base.PathsFromInputs(d, Counted(hiddenLayers), n);

    protected override BigInteger PathsFromHidden(int hiddenLayers, int n) =>
        flaw == ComplexityFlaw.PathsFromInputsOnly ? 0 : base.PathsFromHidden(Counted(hiddenLayers), n);

    /// <summary>The hidden layers the closed forms count: one too many with the off-by-one.</summary>
    private int Counted(int hiddenLayers) => flaw == ComplexityFlaw.HiddenLayersOffByOne ? hiddenLayers + 1 : hiddenLayers;
}
