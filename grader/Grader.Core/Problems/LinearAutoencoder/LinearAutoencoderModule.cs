using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary><c>linear-autoencoder</c>: the decoder spans the first k principal components, and the error is PCA's.</summary>
/// <remarks>Invoke records the student's E and D; <see cref="Measure"/>, in the grader's process, turns them into two
/// basis-free measures, computed from the inputs alone: the principal angles between D's column space and the top-k
/// principal subspace (expected 0), and the reconstruction error (expected PCA's optimum). <see cref="SubspaceCriterion"/> judges the angles with a tolerance set by the case's spectral gap.</remarks>
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

    /// <summary>The names under which Invoke records E and D for the grader.</summary>
    private const string Encoder = "encoder";
    private const string Decoder = "decoder";

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
        // The grader compares them with PCA in its own process (Measure).
        outcome.Record(Encoder, encoder, "Reading Encoder");
        outcome.Record(Decoder, decoder, "Reading Decoder");
    }

    /// <summary>The principal angles between span(D) and the first k principal components of the case's data, and the
    /// reconstruction error of E and D, computed in the grader's process from the E and D that Invoke recorded.</summary>
    public CaseOutcome Measure(IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcome outcome)
    {
        string[] measured = ["principal_angles", "reconstruction_error"];
        if (outcome.ValueOf(Encoder) is not { } e || outcome.ValueOf(Decoder) is not { } d)
        {
            return outcome.Unmeasured(measured, "Encoder and Decoder");
        }
        var data = inputs["data"].ToMatrix();
        var k = (int)inputs["k"].ToScalar();
        if (e.Rank != 2 || d.Rank != 2 || e.Shape[0] != k || e.Shape[1] != data.ColumnCount || d.Shape[0] != data.ColumnCount || d.Shape[1] != k)
        {
            var failure = QuantityOutcome.Failed(new StudentFailure(CheckStatus.ShapeMismatch,
                $"Encoder must be {k}×{data.ColumnCount} and Decoder {data.ColumnCount}×{k}; got a {e.ShapeText} and a {d.ShapeText}."));
            return outcome.WithMeasured(measured.ToDictionary(q => q, _ => failure));
        }
        var (encoder, decoder) = (e.ToMatrix(), d.ToMatrix());
        var pca = PcaReference.Of(data, k);
        return outcome.WithMeasured(new Dictionary<string, QuantityOutcome>
        {
            ["principal_angles"] = Angles(decoder, pca.Basis, k),
            ["reconstruction_error"] = QuantityOutcome.Of(NumericArray.Scalar(pca.Error(encoder, decoder))),
        });
    }

    /// <summary>The angles; NaN ones for a decoder that is not finite (a diverged run, where a decomposition would fail),
    /// and a wrong value when D's columns are dependent (span(D) then has fewer than k dimensions).</summary>
    private static QuantityOutcome Angles(Matrix<double> decoder, Matrix<double> basis, int k)
    {
        if (!decoder.Enumerate().All(double.IsFinite))
        {
            return QuantityOutcome.Of(NumericArray.FromVector(Enumerable.Repeat(double.NaN, k).ToArray()));
        }
        try
        {
            return QuantityOutcome.Of(NumericArray.FromVector(PrincipalAngles.Between(decoder, basis)));
        }
        catch (ArgumentException e) when (e.ParamName == "a")
        {
            return QuantityOutcome.Failed(new StudentFailure(CheckStatus.Wrong,
                $"the columns of D are not linearly independent, so span(D) has fewer than {k} dimensions and cannot be the span of the first {k} principal components."));
        }
    }

    private static string Shape(Matrix<double>? m) => m is null ? "null" : $"{m.RowCount}×{m.ColumnCount}";
}
