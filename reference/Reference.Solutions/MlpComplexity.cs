using System.Numerics;
using Grader.Contracts;

namespace Reference.Solutions;

/// <summary>The answer key for <c>mlp-complexity</c>: the closed forms. With P₀ = dn + (L−1)n² + nc weights:
/// P = P₀ + Ln + c; one SGD step costs P₀ (forward) + P₀ (∂W) + P₀ − dn (Wᵀδ) + Ln (⊙f') + P (η·g) = 4P₀ − dn + 2Ln + c;
/// paths cost c·(dL·n^L + Σ_{j=0}^{L−1} j·n^{j+1}).</summary>
public sealed class MlpComplexity : IMlpComplexity
{
    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) =>
        (long)d * n + (hiddenLayers - 1L) * n * n + (long)n * c;

    public long Parameters(int d, int hiddenLayers, int n, int c) =>
        ParametersWithoutBiases(d, hiddenLayers, n, c) + (long)hiddenLayers * n + c;

    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) =>
        4 * ParametersWithoutBiases(d, hiddenLayers, n, c) - (long)d * n + 2L * hiddenLayers * n + c;

    /// <remarks>A unit of layer l (0 = input) reaches an output by n^{L−l} paths of L−l+1 edges, each costing L−l.
    /// The hidden layers' part Σ_{j=0}^{L−1} j·n^{j+1} = n²(1 − L·n^{L−1} + (L−1)·n^L)/(n−1)², or L(L−1)/2 when n = 1.</remarks>
    public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var (big, length) = ((BigInteger)n, hiddenLayers);
        var fromInputs = (BigInteger)d * length * BigInteger.Pow(big, length);
        var fromHidden = n == 1
            ? (BigInteger)length * (length - 1) / 2
            : big * big * (1 - length * BigInteger.Pow(big, length - 1) + (length - 1) * BigInteger.Pow(big, length)) / ((big - 1) * (big - 1));
        return c * (fromInputs + fromHidden);
    }
}
