using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>A tanh recurrent network with softmax outputs and a cross-entropy loss (problem <c>softmax-rnn</c>).</summary>
/// <remarks>
/// <para>With inputs x_1 … x_T ∈ ℝ^d, states h_t ∈ ℝ^n, c classes and labels y_t ∈ {0, …, c − 1}:</para>
/// <code>
/// h_0 = 0
/// h_t = tanh(Wxh x_t + Whh h_{t−1} + bh)
/// z_t = softmax(Whz h_t + bz)
/// L   = Σ_t −log z_{t, y_t}
/// </code>
/// <para>Shapes: Wxh is n×d, Whh is n×n, bh has length n, Whz is c×n, bz has length c. A sequence is a T×d matrix whose
/// row t−1 is x_t (rows count from 0, steps from 1); labels are a list of length T.</para>
/// <para>Logits can be large (the grader uses some of magnitude 1000): a softmax or a loss that overflows gives NaN or ∞,
/// which the grader reports as such. The grader sets the five weights, then calls each method. The implementation needs a
/// public parameterless constructor. The full text of the problem is in <c>problems/softmax-rnn.md</c>.</para>
/// </remarks>
public interface ISoftmaxRnn
{
    /// <summary>The input weight Wxh; n×d.</summary>
    Matrix<double> Wxh { get; set; }

    /// <summary>The recurrent weight Whh; n×n.</summary>
    Matrix<double> Whh { get; set; }

    /// <summary>The state bias bh; length n.</summary>
    Vector<double> Bh { get; set; }

    /// <summary>The output weight Whz; c×n.</summary>
    Matrix<double> Whz { get; set; }

    /// <summary>The output bias bz; length c.</summary>
    Vector<double> Bz { get; set; }

    /// <summary>The states by the recursion.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <returns>A T×n matrix whose row t−1 is h_t.</returns>
    Matrix<double> States(Matrix<double> x);

    /// <summary>The unrolled composition G_t(x_t, …, x_1) = tanh(Wxh x_t + Whh G_{t−1}(x_{t−1}, …, x_1) + bh), G_0 = 0,
    /// computed for this one t from the inputs alone (without states kept from another call).</summary>
    /// <param name="x">The inputs; T×d. Only rows 0 … t−1 matter.</param>
    /// <param name="t">The step, 1 ≤ t ≤ T.</param>
    /// <returns>G_t; length n. It equals h_t.</returns>
    Vector<double> Unrolled(Matrix<double> x, int t);

    /// <summary>The output probabilities.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <returns>A T×c matrix whose row t−1 is z_t; each row sums to 1.</returns>
    Matrix<double> Probabilities(Matrix<double> x);

    /// <summary>The cross-entropy loss L = Σ_t −log z_{t, y_t}, a sum over the steps.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <param name="y">The labels y_1 … y_T, each in 0 … c − 1.</param>
    /// <returns>L ≥ 0; finite even when some z_{t, y_t} is too small for a double.</returns>
    double Loss(Matrix<double> x, IReadOnlyList<int> y);

    /// <summary>The gradients of L with respect to the five weights, by back-propagation through time.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <param name="y">The labels; length T.</param>
    /// <returns>The five gradients, each of the shape of its weight. Must not change the weights.</returns>
    SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y);
}
