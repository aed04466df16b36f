using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.SigmoidRnn;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary><c>sigmoid-rnn</c>'s answer key draws the vanishing gradient, and a σ' outside its bounds fails the bounds
/// check. (Every recorded mistake is told its name in <see cref="MistakeCatalogueTests"/>.)</summary>
public sealed class SigmoidRnnGradingTests
{
    private static readonly ProblemCatalog Catalog = new([new SigmoidRnnModule()]);

    [Test]
    public void The_answer_key_passes_and_the_vanishing_gradient_is_drawn_for_T_50_and_100()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(Catalog, () => new Reference.Solutions.SigmoidRnn());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        var plots = grade.Checks.Single(c => c.Quantity == "contributions").Plots;
        Assert.That(plots.Select(p => p.Title), Is.EqualTo(new[]
        {
            "Contributions of step k to dh_T/dw1 — case vanishing-T050",
            "Contributions of step k to dh_T/dw1 — case vanishing-T100",
        }));
    }

    [TestCase(0.0, CheckStatus.Wrong)]
    [TestCase(0.3, CheckStatus.Wrong)]
    [TestCase(-0.01, CheckStatus.Wrong)]
    [TestCase(double.NaN, CheckStatus.NotFinite)]
    public void A_sigma_prime_outside_its_bounds_fails_the_bounds_check(double bad, CheckStatus status)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(Catalog, () => new BadSlope(bad));
        var bounds = grader.Grade("bad slope", executor).Checks.Single(c => c.Quantity == "sigma_prime_bounds");
        Assert.That(bounds.Status, Is.EqualTo(status));
        Assert.That(bounds.Message, Does.Contain("It must satisfy: every σ'(r) lies in (0, 0.25]"));
    }

    /// <summary>The answer key, except that σ'(30) is <paramref name="bad"/>.</summary>
    private sealed class BadSlope(double bad) : Grader.Contracts.ISigmoidRnn
    {
        private readonly Reference.Solutions.SigmoidRnn _truth = new();

        public double W1 { get => _truth.W1; set => _truth.W1 = value; }
        public double W2 { get => _truth.W2; set => _truth.W2 = value; }
        public double Wo { get => _truth.Wo; set => _truth.Wo = value; }
        public double B { get => _truth.B; set => _truth.B = value; }

        public double SigmoidDerivative(double r) => r == 30 ? bad : _truth.SigmoidDerivative(r);
        public Vector<double> States(Vector<double> x) => _truth.States(x);
        public Vector<double> StateDerivatives(Vector<double> x) => _truth.StateDerivatives(x);
        public double Loss(Vector<double> x, double y) => _truth.Loss(x, y);
        public double LossGradient(Vector<double> x, double y) => _truth.LossGradient(x, y);
        public Vector<double> Contributions(Vector<double> x) => _truth.Contributions(x);
    }
}
