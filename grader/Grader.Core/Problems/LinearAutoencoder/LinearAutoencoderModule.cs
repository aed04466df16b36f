using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary><c>linear-autoencoder</c>: the decoder spans the first k principal components, and the error is PCA's.</summary>
/// <remarks>Invoke turns the student's E and D into two basis-free measures, computed from the inputs alone: the
/// principal angles between D's column space and the top-k principal subspace (expected 0), and the reconstruction
/// error (expected PCA's optimum). <see cref="SubspaceCriterion"/> judges the angles with a tolerance set by the case's spectral gap.</remarks>
public sealed class LinearAutoencoderModule : IProblemModule
{
    public const string ProblemId = "linear-autoencoder";

    /// <summary>0.01 rad (0.57°): how close a recorded mistake's angles must be to name it. The check itself is
    /// <see cref="SubspaceCriterion"/>, with this tolerance on a well-separated spectrum.</summary>
    public static readonly Tolerance AngleTolerance = new(0, 1e-2);

    /// <summary>The error must be within 0.1 % of PCA's optimum: a decoder turned by θ off the subspace adds
    /// sin²θ·(λ_k − λ_{k+1}) to the optimum's Σ_{i&gt;k} λ_i, under 10⁻³ relative at 0.01 rad on the fixtures' spectra,
    /// while every recorded mistake is off by more than 5 %.</summary>
    public static readonly Tolerance ErrorTolerance = new(1e-3, 1e-12);

    public string Id => ProblemId;

    public string Title => "Linear autoencoder against PCA";

    public int Position => 7;

    public Type Contract => typeof(ILinearAutoencoder);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("principal_angles", "angles (rad) between span(D) and the first k principal components", 1, AngleTolerance)
        {
            CaseCriterion = new SubspaceCriterion(),
        },
        new("reconstruction_error", "the mean squared reconstruction error of the centred data", 1, ErrorTolerance),
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => LinearAutoencoderMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var autoencoder = (ILinearAutoencoder)implementation;
        var data = inputs["data"].ToMatrix();
        var k = (int)inputs["k"].ToScalar();
        if (!outcome.Step("Fit", () => autoencoder.Fit(data, k)))
        {
            return;
        }
        Matrix<double>? encoder = null;
        Matrix<double>? decoder = null;
        if (!outcome.Step("Reading Encoder and Decoder", () => (encoder, decoder) = (autoencoder.Encoder, autoencoder.Decoder)))
        {
            return;
        }
        if (encoder is null || decoder is null || encoder.RowCount != k || encoder.ColumnCount != data.ColumnCount
            || decoder.RowCount != data.ColumnCount || decoder.ColumnCount != k)
        {
            outcome.Step("Checking the shapes", () => throw new InvalidOperationException(
                $"Encoder must be {k}×{data.ColumnCount} and Decoder {data.ColumnCount}×{k}; got {Shape(encoder)} and {Shape(decoder)}."));
            return;
        }
        var pca = PcaReference.Of(data, k);
        // A diverged run leaves NaN or ∞ in D, where a decomposition would throw: its angles are reported as not finite.
        outcome.Record("principal_angles", "Comparing span(D) with the principal components", () => decoder.Enumerate().All(double.IsFinite)
            ? PrincipalAngles.Between(decoder, pca.Basis)
            : Enumerable.Repeat(double.NaN, k).ToArray());
        outcome.Record("reconstruction_error", "Reconstructing the data", () => pca.Error(encoder, decoder));
    }

    private static string Shape(Matrix<double>? m) => m is null ? "null" : $"{m.RowCount}×{m.ColumnCount}";
}
