using System.Numerics;

namespace Reference.Generator.MlpComplexity;

/// <summary>Counts for a fully connected network of d inputs, L hidden layers of n units and c outputs, found by
/// walking the network layer by layer (never by a closed form), so that they can check closed forms.</summary>
/// <remarks>Counting convention (problems/mlp-complexity.md): one multiplication per weight in each matrix–vector
/// product; one per unit for the product with f'(a) in the backward pass; one per parameter for the SGD update
/// η·g; evaluating f, f' and the loss, and every addition, count nothing. A path of ℓ edges costs ℓ − 1 multiplications
/// (the edges' local derivatives are given).</remarks>
public static class NetworkCounter
{
    public static int[] Layers(int d, int hiddenLayers, int n, int c) =>
        [d, .. Enumerable.Repeat(n, hiddenLayers), c];

    public static BigInteger Parameters(int d, int hiddenLayers, int n, int c, bool biases)
    {
        var units = Layers(d, hiddenLayers, n, c);
        BigInteger total = 0;
        for (var l = 1; l < units.Length; l++)
        {
            total += (BigInteger)units[l - 1] * units[l] + (biases ? units[l] : 0);
        }
        return total;
    }

    /// <summary>One SGD step on one sample: forward, backward, update.</summary>
    public static BigInteger BackpropMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var units = Layers(d, hiddenLayers, n, c);
        BigInteger forward = 0, backward = 0;
        for (var l = 1; l < units.Length; l++)
        {
            var weights = (BigInteger)units[l - 1] * units[l];
            forward += weights;                      // a_l = W_l h_{l−1} + b_l
            backward += weights;                     // ∂W_l = δ_l h_{l−1}ᵀ
            if (l > 1)
            {
                backward += weights;                 // W_lᵀ δ_l
                backward += units[l - 1];            // ⊙ f'(a_{l−1})
            }
        }
        return forward + backward + Parameters(d, hiddenLayers, n, c, biases: true);
    }

    /// <summary>Σ over every output unit and every input or hidden unit i of Σ over paths i → output of (edges − 1),
    /// by dynamic programming over the layers: per unit, the number of paths to the output and their total length.</summary>
    public static BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c)
    {
        var units = Layers(d, hiddenLayers, n, c);
        BigInteger total = 0;
        // For one output unit: paths from a unit of layer l, and their summed edge counts, are the same for every unit of the layer.
        BigInteger paths = 1, edges = 0;
        for (var l = units.Length - 2; l >= 0; l--)
        {
            var next = l + 1 == units.Length - 1 ? 1 : units[l + 1];
            (paths, edges) = (paths * next, (edges + paths) * next);
            total += units[l] * (edges - paths);
        }
        return total * c;
    }

    /// <summary>The same count by listing every path explicitly: for small networks only.</summary>
    public static BigInteger PathMultiplicationsByEnumeration(int d, int hiddenLayers, int n, int c)
    {
        var units = Layers(d, hiddenLayers, n, c);
        BigInteger total = 0;
        for (var output = 0; output < c; output++)
        {
            for (var layer = 0; layer < units.Length - 1; layer++)
            {
                for (var unit = 0; unit < units[layer]; unit++)
                {
                    foreach (var length in PathLengths(units, layer, output))
                    {
                        total += length - 1;
                    }
                }
            }
        }
        return total;
    }

    private static IEnumerable<int> PathLengths(int[] units, int layer, int output)
    {
        if (layer == units.Length - 2)
        {
            yield return 1;
            yield break;
        }
        for (var next = 0; next < units[layer + 1]; next++)
        {
            foreach (var rest in PathLengths(units, layer + 1, output))
            {
                yield return rest + 1;
            }
        }
    }
}
