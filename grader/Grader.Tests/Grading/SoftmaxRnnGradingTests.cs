using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.SoftmaxRnn;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.SoftmaxRnn;

namespace Grader.Tests.Grading;

/// <summary>A BPTT mistake of <c>softmax-rnn</c> leaves the forward quantities right and is caught by the length sweep;
/// a softmax that overflows is reported as NaN. (Every recorded mistake is told its name in
/// <see cref="MistakeCatalogueTests"/>.)</summary>
public sealed class SoftmaxRnnGradingTests
{
    private static readonly ProblemCatalog Catalog = new([new SoftmaxRnnModule()]);

    private static SubmissionGrade Grade(Func<object> create, params FixtureSet[] sets)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), sets);
        using var executor = new InstanceExecutor(Catalog, create);
        return grader.Grade("test", executor);
    }

    public static IEnumerable<TestCaseData> Flaws() =>
        SoftmaxRnnFixtures.MistakeNames.Keys.Select(flaw => new TestCaseData(flaw).SetName(flaw.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void A_bptt_mistake_fails_gradients_only_and_says_where_the_length_sweep_catches_it(SoftmaxFlaw flaw)
    {
        var failed = Grade(() => new FlawedSoftmaxRnn(flaw), FixtureSet.Public, FixtureSet.Hidden).Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed, Is.Not.Empty, "the fixtures must catch this mistake");
        Assert.That(failed.Select(c => c.Quantity), Has.All.StartWith("d"), "forward quantities stay right");
        Assert.That(failed.Select(c => c.Message), Has.All.Contain("Length sweep: "));
    }

    [Test]
    public void A_softmax_without_the_max_shift_is_reported_as_NaN_on_the_large_logits_only()
    {
        var z = Grade(() => new NaiveSoftmax(), FixtureSet.Public).Checks.Single(c => c.Quantity == "z");
        Assert.That(z.Status, Is.EqualTo(CheckStatus.NotFinite));
        Assert.That(z.Message, Does.Contain(": NaN or infinity in 1 of 5 cases").And.Contain("case logits-1000").And.Contain("NaN"));
        Assert.That(z.Message, Does.Not.Contain("Length sweep"), "an overflow says nothing about the sequence length");
    }

    /// <summary>The answer key with a textbook softmax, exp(s) / Σ exp(s), which overflows for logits near 1000.</summary>
    private sealed class NaiveSoftmax : ISoftmaxRnn
    {
        private readonly Reference.Solutions.SoftmaxRnn _truth = new();

        public Matrix<double> Wxh { get => _truth.Wxh; set => _truth.Wxh = value; }
        public Matrix<double> Whh { get => _truth.Whh; set => _truth.Whh = value; }
        public Vector<double> Bh { get => _truth.Bh; set => _truth.Bh = value; }
        public Matrix<double> Whz { get => _truth.Whz; set => _truth.Whz = value; }
        public Vector<double> Bz { get => _truth.Bz; set => _truth.Bz = value; }

        public Matrix<double> States(Matrix<double> x) => _truth.States(x);
        public Vector<double> Unrolled(Matrix<double> x, int t) => _truth.Unrolled(x, t);
        public double Loss(Matrix<double> x, IReadOnlyList<int> y) => _truth.Loss(x, y);
        public SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y) => _truth.Gradients(x, y);

        public Matrix<double> Probabilities(Matrix<double> x)
        {
            var states = _truth.States(x);
            return Matrix<double>.Build.DenseOfRowVectors(states.EnumerateRows().Select(h =>
            {
                var e = (Whz * h + Bz).PointwiseExp();
                return e / e.Sum();
            }));
        }
    }
}
