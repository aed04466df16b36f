using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>A tanh recurrent network with one linear output, trained on the n-back task (problem <c>nback-rnn</c>).</summary>
/// <remarks>
/// <para>With inputs x_1 … x_T ∈ ℝ^d, state h_t ∈ ℝ^n and targets y_t:</para>
/// <code>
/// h_0 = 0
/// h_t = tanh(U h_{t−1} + V x_t)
/// ŷ_t = w · h_t
/// J   = Σ_t ½ (ŷ_t − y_t)²
/// </code>
/// <para>Shapes: U is n×n, V is n×d, w has length n. A sequence is a T×d matrix whose row t−1 is x_t (rows count from
/// 0, steps from 1); targets and predictions are vectors of length T.</para>
/// <para>The grader sets <see cref="U"/>, <see cref="V"/> and <see cref="W"/>, then calls <see cref="Predict"/>,
/// <see cref="Loss"/> and <see cref="Gradients"/>. It also runs its own gradient descent, calling
/// <see cref="Gradients"/> once per epoch after setting the weights, and it calls <see cref="Train"/>. The implementation
/// needs a public parameterless constructor. The full text of the problem is in <c>problems/nback-rnn.md</c>.</para>
/// </remarks>
public interface INbackRnn
{
    /// <summary>The recurrent weight U; n×n.</summary>
    Matrix<double> U { get; set; }

    /// <summary>The input weight V; n×d.</summary>
    Matrix<double> V { get; set; }

    /// <summary>The output weight w; length n.</summary>
    Vector<double> W { get; set; }

    /// <summary>Runs the network over a sequence from h_0 = 0.</summary>
    /// <param name="x">The inputs; T×d, row t−1 is x_t.</param>
    /// <returns>ŷ_1 … ŷ_T; length T.</returns>
    Vector<double> Predict(Matrix<double> x);

    /// <summary>The loss J = Σ_t ½ (ŷ_t − y_t)² of the current weights on one sequence.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <param name="y">The targets y_1 … y_T; length T.</param>
    /// <returns>J, a sum over the steps (not a mean).</returns>
    double Loss(Matrix<double> x, Vector<double> y);

    /// <summary>∂J/∂U, ∂J/∂V and ∂J/∂w of the current weights, by back-propagation through time.</summary>
    /// <param name="x">The inputs; T×d.</param>
    /// <param name="y">The targets; length T.</param>
    /// <returns>The three gradients, each of the shape of its weight. Must not change the weights.</returns>
    NbackGradients Gradients(Matrix<double> x, Vector<double> y);

    /// <summary>Trains a fresh network of <paramref name="hiddenUnits"/> units on one sequence by gradient descent.</summary>
    /// <param name="x">The inputs; T×d (d = 1 for the n-back task).</param>
    /// <param name="y">The targets; length T.</param>
    /// <param name="hiddenUnits">n, the number of hidden units.</param>
    /// <param name="seed">Seeds the random initial weights, each drawn from N(0, 0.1²): the same seed gives the same run.</param>
    /// <returns>The weights before the first and after every epoch, with J of each; the last weights are also left in
    /// <see cref="U"/>, <see cref="V"/> and <see cref="W"/>. The grader recomputes J from the returned weights.</returns>
    NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed);
}
