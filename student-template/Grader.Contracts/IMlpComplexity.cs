using System.Numerics;

namespace Grader.Contracts;

/// <summary>Closed forms for the size and cost of a fully connected network (problem <c>mlp-complexity</c>).</summary>
/// <remarks>
/// <para>The network has d inputs, L ≥ 1 hidden layers of n units each and c outputs; every layer is fully connected
/// to the next, u_0 = x, a_l = W_l u_{l−1} + b_l, u_l = f(a_l). Every argument is at least 1.</para>
/// <para>Counting convention for multiplications (the grader's reference counts exactly this, layer by layer):</para>
/// <list type="bullet">
/// <item>a matrix–vector product costs one multiplication per weight of the matrix (W u, Wᵀ δ, and the outer product δ uᵀ
/// that gives ∂W);</item>
/// <item>the backward pass multiplies by f'(a_l) elementwise at every hidden layer: one multiplication per hidden unit
/// (nothing at the output, whose error δ_N = ∂ℓ/∂a_N comes with the loss, and nothing at the input layer);</item>
/// <item>the SGD update θ ← θ − η g costs one multiplication (η · g) per parameter, biases included;</item>
/// <item>evaluating f, f' and the loss, and every addition or subtraction, costs nothing.</item>
/// </list>
/// <para>For <see cref="PathMultiplications"/> each derivative ∂u_N/∂u_i is found as the sum over every path from unit
/// i to output unit N of the product of the path's edge derivatives, which are given: a path of ℓ edges costs ℓ − 1
/// multiplications. It counts every output unit N and every input or hidden unit i.</para>
/// <para>The grader calls each method on many shapes, some so large that the path count does not fit in 64 bits.
/// The implementation needs a public parameterless constructor. The full text is <c>problems/mlp-complexity.md</c>.</para>
/// </remarks>
public interface IMlpComplexity
{
    /// <summary>The number of weights and biases.</summary>
    /// <param name="d">Inputs.</param>
    /// <param name="hiddenLayers">L, hidden layers.</param>
    /// <param name="n">Units in each hidden layer.</param>
    /// <param name="c">Outputs.</param>
    long Parameters(int d, int hiddenLayers, int n, int c);

    /// <summary>The number of weights, biases left out.</summary>
    /// <param name="d">Inputs.</param>
    /// <param name="hiddenLayers">L, hidden layers.</param>
    /// <param name="n">Units in each hidden layer.</param>
    /// <param name="c">Outputs.</param>
    long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c);

    /// <summary>Multiplications of one SGD step on one sample with backpropagation: forward pass, backward pass
    /// (δ of every layer and ∂W of every weight matrix), and the update of every parameter.</summary>
    /// <param name="d">Inputs.</param>
    /// <param name="hiddenLayers">L, hidden layers.</param>
    /// <param name="n">Units in each hidden layer.</param>
    /// <param name="c">Outputs.</param>
    long BackpropMultiplications(int d, int hiddenLayers, int n, int c);

    /// <summary>Multiplications to find every ∂u_N/∂u_i (every output N, every input or hidden unit i) by summing
    /// products along every path; exponential in L, so a <see cref="BigInteger"/>.</summary>
    /// <param name="d">Inputs.</param>
    /// <param name="hiddenLayers">L, hidden layers.</param>
    /// <param name="n">Units in each hidden layer.</param>
    /// <param name="c">Outputs.</param>
    BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c);
}
