using System.Numerics;
using Grader.Contracts;

namespace Homework;

/// <summary>Your closed forms. The problem: problems/mlp-complexity.md.</summary>
public sealed class MlpComplexity : IMlpComplexity
{
    public long Parameters(int d, int hiddenLayers, int n, int c) =>
        throw NotDone("Parameters: weights and biases");

    public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) =>
        throw NotDone("ParametersWithoutBiases: weights only");

    public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) =>
        throw NotDone("BackpropMultiplications: one SGD step with backpropagation");

    public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) =>
        throw NotDone("PathMultiplications: every ∂u_N/∂u_i by enumerating paths");

    private static NotImplementedException NotDone(string what) =>
        new($"mlp-complexity: {what} is not implemented yet. See problems/mlp-complexity.md.");
}
