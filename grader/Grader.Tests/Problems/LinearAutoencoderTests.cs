using Grader.Core.Fixtures;
using Grader.Core.Problems.LinearAutoencoder;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Problems;

/// <summary>The subspace judgement: PCA's basis passes, a turned basis fails, and a close spectral gap widens the
/// tolerance and says why.</summary>
public sealed class LinearAutoencoderTests
{
    private static Fixture Load(FixtureSet set, string name) =>
        new FixtureStore(TestPaths.Fixtures).Load(set, LinearAutoencoderModule.ProblemId).Single(f => f.Case == name);

    [TestCase(0.5, 1e-2)]
    [TestCase(0.9, 1e-2)]
    [TestCase(0.95, 0.01 * 0.19 / (1 - 0.95 * 0.95))]
    [TestCase(0.9999, 0.2)]
    public void The_tolerance_grows_only_when_the_gap_closes(double ratio, double tolerance) =>
        Assert.That(SubspaceVerdict.ToleranceFor(ratio), Is.EqualTo(tolerance).Within(1e-12));

    [Test]
    public void Pcas_own_basis_passes_and_a_turned_one_fails()
    {
        var data = Load(FixtureSet.Public, "separated-d5-k2").Inputs["data"].ToMatrix();
        var basis = PcaReference.Of(data, 2).Basis;
        Assert.That(SubspaceVerdict.Evaluate(data, basis * 3, 2).Passed, Is.True);
        var third = PcaReference.Of(data, 3).Basis.Column(2);
        var turned = basis.Clone();
        turned.SetColumn(1, basis.Column(1) * Math.Cos(0.1) + third * Math.Sin(0.1));
        var verdict = SubspaceVerdict.Evaluate(data, turned, 2);
        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Message, Does.Contain("0.1 rad"));
        Assert.That(verdict.Message, Does.Not.Contain("close to 1"));
    }

    [Test]
    public void A_close_gap_widens_the_tolerance_and_the_message_says_why()
    {
        var data = Load(FixtureSet.Hidden, "close-gap-d6-k2").Inputs["data"].ToMatrix();
        var pca = PcaReference.Of(data, 2);
        Assert.That(pca.SingularValues[2] / pca.SingularValues[1], Is.GreaterThan(SubspaceVerdict.CloseGapRatio));
        var verdict = SubspaceVerdict.Evaluate(data, pca.Basis, 2);
        Assert.That(verdict.Passed, Is.True);
        Assert.That(verdict.Message, Does.Contain("close to 1").And.Contain("converges slowly"));
    }

    [Test]
    public void The_error_of_pcas_projection_is_the_optimum()
    {
        var data = Load(FixtureSet.Public, "one-unit-d4").Inputs["data"].ToMatrix();
        var pca = PcaReference.Of(data, 1);
        Assert.That(pca.Error(pca.Basis.Transpose(), pca.Basis), Is.EqualTo(pca.OptimalError).Within(1e-12));
        Assert.That(pca.Error(Matrix<double>.Build.Dense(1, 4, 0.5), Matrix<double>.Build.Dense(4, 1, 0.5)), Is.GreaterThan(pca.OptimalError * 1.01));
    }
}
