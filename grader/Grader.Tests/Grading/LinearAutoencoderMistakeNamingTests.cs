using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.LinearAutoencoder;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.LinearAutoencoder;

namespace Grader.Tests.Grading;

/// <summary>For every recorded linear-autoencoder mistake, a submission that makes it is told its name; the answer key
/// passes; the close-gap case's tolerance is the widened one and its message says why; NaN weights are reported as such.</summary>
public sealed class LinearAutoencoderMistakeNamingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new LinearAutoencoderModule()]);

    private static SubmissionGrade Grade(Func<object> create)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, create);
        return grader.Grade("submission", executor);
    }

    public static IEnumerable<TestCaseData> Flaws() =>
        LinearAutoencoderFixtures.MistakeNames.Select(m => new TestCaseData(m.Key, m.Value).SetName(m.Key.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_every_check_it_fails(AutoencoderFlaw flaw, string mistake)
    {
        var grade = Grade(() => new FlawedLinearAutoencoder(flaw));
        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Quantity), Is.EquivalentTo(new[] { "principal_angles", "reconstruction_error", "principal_angles", "reconstruction_error" }));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(mistake), string.Join("\n", failed.Select(c => c.Message)));
        Assert.That(failed[0].Message, Does.Contain($"Likely mistake: {mistake}. {LinearAutoencoderMistakes.Hints[mistake]}"));
    }

    [Test]
    public void The_answer_key_passes_every_check()
    {
        var grade = Grade(() => new Reference.Solutions.LinearAutoencoder());
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
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
