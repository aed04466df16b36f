using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>A linear autoencoder with k hidden units, trained by gradient descent on the mean squared error
/// (problem <c>linear-autoencoder</c>).</summary>
/// <remarks>
/// <para>With data rows x ∈ ℝ^d and their mean μ, a centred sample x̄ = x − μ is encoded h = E x̄ (E is k×d) and
/// decoded x̂ = D h (D is d×k). Training minimises (1/(m·d)) Σ ‖x̄ − D E x̄‖² over the m samples.</para>
/// <para>The grader calls <see cref="Fit"/> once, then reads <see cref="Encoder"/> and <see cref="Decoder"/>; it centres
/// the data itself to measure the error. The implementation needs a public parameterless constructor. The full text is
/// <c>problems/linear-autoencoder.md</c>.</para>
/// </remarks>
public interface ILinearAutoencoder
{
    /// <summary>Trains on the rows of <paramref name="data"/> (m×d, not centred) with <paramref name="hiddenUnits"/> = k hidden units.</summary>
    void Fit(Matrix<double> data, int hiddenUnits);

    /// <summary>E, k×d, applied to centred samples.</summary>
    Matrix<double> Encoder { get; }

    /// <summary>D, d×k.</summary>
    Matrix<double> Decoder { get; }
}
