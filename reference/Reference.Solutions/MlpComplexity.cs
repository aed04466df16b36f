using System.Numerics;
using Grader.Contracts;

namespace Reference.Solutions;

/// <summary>The answer key for <c>mlp-complexity</c>: the closed forms. With P₀ = dn + (L−1)n² + nc weights:
/// P = P₀ + Ln + c; one SGD step costs P₀ (forward) + P₀ (∂W) + P₀ − dn (Wᵀδ) + Ln (⊙f') + P (η·g) = 4P₀ − dn + 2Ln + c;
/// paths cost c·(dL·n^L + Σ_{j=0}^{L−1} j·n^{j+1}).</summary>
/// <remarks>Not sealed: each term is a protected virtual method, so that a variant that gets one term wrong overrides
/// that term alone.</remarks>
public class MlpComplexity : IMlpComplexity
{
    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) =>
        (long)d * n + HiddenWeights(hiddenLayers, n) + OutputWeights(n, c);

    public long Parameters(int d, int hiddenLayers, int n, int c) =>
        ParametersWithoutBiases(d, hiddenLayers, n, c) + Biases(hiddenLayers, n, c);

    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var weights = ParametersWithoutBiases(d, hiddenLayers, n, c);
        return weights + weights + ErrorsSentDown(weights, d, n) + DerivativeProducts(hiddenLayers, n)
            + UpdateMultiplications(Parameters(d, hiddenLayers, n, c));
    }

    /// <remarks>A unit of layer l (0 = input) reaches an output by n^{L−l} paths of L−l+1 edges, each costing L−l.</remarks>
    public virtual BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) =>
        c * (PathsFromInputs(d, hiddenLayers, n) + PathsFromHidden(hiddenLayers, n));

    /// <summary>(L−1)n²: the weights between hidden layers.</summary>
    protected virtual long HiddenWeights(int hiddenLayers, int n) => (hiddenLayers - 1L) * n * n;

    /// <summary>nc: the output layer's weights.</summary>
    protected virtual long OutputWeights(int n, int c) => (long)n * c;

    /// <summary>Ln + c: a bias per hidden and output unit.</summary>
    protected virtual long Biases(int hiddenLayers, int n, int c) => (long)hiddenLayers * n + c;

    /// <summary>P₀ − dn: Wᵀδ for every layer but the first, whose error nothing below needs.</summary>
    protected virtual long ErrorsSentDown(long weights, int d, int n) => weights - (long)d * n;

    /// <summary>Ln: δ ⊙ f'(a) at every hidden unit.</summary>
    protected virtual long DerivativeProducts(int hiddenLayers, int n) => (long)hiddenLayers * n;

    /// <summary>P: η·g for every parameter.</summary>
    protected virtual long UpdateMultiplications(long parameters) => parameters;

    /// <summary>d·L·n^L: the d inputs' n^L paths of L multiplications each.</summary>
    protected virtual BigInteger PathsFromInputs(int d, int hiddenLayers, int n) =>
        (BigInteger)d * hiddenLayers * BigInteger.Pow(n, hiddenLayers);

    /// <summary>Σ_{j=0}^{L−1} j·n^{j+1} = n²(1 − L·n^{L−1} + (L−1)·n^L)/(n−1)², or L(L−1)/2 when n = 1.</summary>
    protected virtual BigInteger PathsFromHidden(int hiddenLayers, int n)
    {
        var (big, length) = ((BigInteger)n, hiddenLayers);
        return n == 1
            ? (BigInteger)length * (length - 1) / 2
            : big * big * (1 - length * BigInteger.Pow(big, length - 1) + (length - 1) * BigInteger.Pow(big, length)) / ((big - 1) * (big - 1));
    }
}
