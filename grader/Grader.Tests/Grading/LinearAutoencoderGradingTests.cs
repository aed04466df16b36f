using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.LinearAutoencoder;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>linear-autoencoder's close-gap case's tolerance is the widened one and its message says why; NaN weights are
/// reported as such. (Every recorded mistake is told its name in <see cref="MistakeCatalogueTests"/>, and the answer key
/// passes in <see cref="AnswerKeyTests"/>.)</summary>
public sealed class LinearAutoencoderGradingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new LinearAutoencoderModule()]);

    private static SubmissionGrade Grade(Func<object> create)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, create);
        return grader.Grade("submission", executor);
    }

    [Test]
    public void On_the_close_gap_case_an_angle_of_0_015_rad_passes_and_0_3_fails_saying_why()
    {
        // σ₃/σ₂ ≈ 0.95 widens 0.01 rad to about 0.0195 rad; the other public cases keep 0.01.
        var turned = Grade(() => new TurnedPca(0.015)).Checks.Single(c => c.Id == "linear-autoencoder/public/principal_angles");
        Assert.That(turned.Message, Does.Contain("in 2 of 3 cases").And.Not.Contain("case close-gap-d5-k2"));

        var far = Grade(() => new TurnedPca(0.3)).Checks.Single(c => c.Id == "linear-autoencoder/public/principal_angles");
        Assert.That(far.Message, Does.Contain("case close-gap-d5-k2: largest principal angle 0.3 rad > 0.019")
            .And.Contain("is close to 1").And.Contain("converges slowly"));
    }

    [Test]
    public void A_decoder_with_nan_is_reported_as_not_finite()
    {
        var grade = Grade(() => new TurnedPca(double.NaN));
        var angles = grade.Checks.Single(c => c.Id == "linear-autoencoder/public/principal_angles");
        Assert.That(angles.Status, Is.EqualTo(CheckStatus.NotFinite), angles.Message);
    }

    /// <summary>PCA's basis with its last direction turned by a fixed angle towards the next principal component.</summary>
    private sealed class TurnedPca(double angle) : ILinearAutoencoder
    {
        public Matrix<double> Encoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public Matrix<double> Decoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public void Fit(Matrix<double> data, int hiddenUnits)
        {
            var next = PcaReference.Of(data, hiddenUnits + 1).Basis;
            var basis = next.SubMatrix(0, data.ColumnCount, 0, hiddenUnits);
            basis.SetColumn(hiddenUnits - 1, next.Column(hiddenUnits - 1) * Math.Cos(angle) + next.Column(hiddenUnits) * Math.Sin(angle));
            Decoder = basis;
            Encoder = basis.Transpose();
        }
    }
}
