using System.Numerics;
using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.MlpComplexity;

namespace Grader.Tests.Grading;

/// <summary>mlp-complexity's counts read in decimal with their difference, and a count that overflowed 64 bits is
/// refused with a reason. (Every recorded mistake is told its name in <see cref="MistakeCatalogueTests"/>, and the answer
/// key passes on every shape in <see cref="AnswerKeyTests"/>.)</summary>
public sealed class MlpComplexityGradingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new MlpComplexityModule()]);

    private static SubmissionGrade Grade(Func<object> create)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, create);
        return grader.Grade("submission", executor);
    }

    [Test]
    public void A_wrong_count_reads_in_decimal_with_its_difference()
    {
        var grade = Grade(() => new OffByOnePaths());
        var paths = grade.Checks.Single(c => c.Id == "mlp-complexity/public/path_multiplications");
        Assert.That(paths.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(paths.Message, Does.Contain("case d1-L1-n1-c1: you gave 2, the count is 1 (off by +1, 2 times the count)"));
        Assert.That(paths.Message, Does.Contain("(off by +1)\n"));
        Assert.That(paths.Mistake, Is.Null);
    }

    [Test]
    public void Paths_counted_in_64_bits_are_refused_where_they_wrap()
    {
        var grade = Grade(() => new WrappingPaths());
        var hidden = grade.Checks.Single(c => c.Id == "mlp-complexity/hidden/path_multiplications");
        Assert.That(hidden.Status, Is.Not.EqualTo(CheckStatus.Passed));
        Assert.That(grade.Checks.Single(c => c.Id == "mlp-complexity/public/parameters").Passed, Is.True);
        Assert.That(hidden.Message, Does.Contain("overflowed").Or.Contain("you gave"));
    }

    /// <summary>Right except one more multiplication of paths than there are.</summary>
    private sealed class OffByOnePaths : IMlpComplexity
    {
        private readonly Reference.Solutions.MlpComplexity _key = new();

        public long Parameters(int d, int hiddenLayers, int n, int c) => _key.Parameters(d, hiddenLayers, n, c);

        public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) => _key.ParametersWithoutBiases(d, hiddenLayers, n, c);

        public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) => _key.BackpropMultiplications(d, hiddenLayers, n, c);

        public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) => _key.PathMultiplications(d, hiddenLayers, n, c) + 1;
    }

    /// <summary>The right closed form evaluated in wrapping 64-bit arithmetic.</summary>
    private sealed class WrappingPaths : IMlpComplexity
    {
        private readonly Reference.Solutions.MlpComplexity _key = new();

        public long Parameters(int d, int hiddenLayers, int n, int c) => _key.Parameters(d, hiddenLayers, n, c);

        public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) => _key.ParametersWithoutBiases(d, hiddenLayers, n, c);

        public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) => _key.BackpropMultiplications(d, hiddenLayers, n, c);

        public BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) =>
            unchecked((long)(ulong)(_key.PathMultiplications(d, hiddenLayers, n, c) & ulong.MaxValue));
    }
}
