using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.MlpSelection;

namespace Grader.Tests.Problems;

/// <summary>The mlp-selection judgements accept the answer key's report on the public case and reject each kind of bad report.</summary>
public sealed class MlpSelectionVerdictTests
{
    /// <summary>Shared, as the module's checks share theirs: each setting is trained once.</summary>
    private static readonly ReTrainedSettings Runs = new();

    private static readonly Lazy<Fixture> Case = new(() => new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Public, MlpSelectionModule.ProblemId)[0]);

    private static NumericArray Grid => Case.Value.Expected["grid"];

    private static NumericArray Best => Case.Value.Expected["best"];

    private static double DefaultDev => Case.Value.Expected["default_dev_accuracy"].ToScalar();

    [Test]
    public void The_answer_keys_report_passes_every_judgement()
    {
        var verdicts = new[]
        {
            MlpSelectionVerdicts.GridRespectsConstraints(Grid),
            MlpSelectionVerdicts.BestIsBestOfGrid(Grid, Best),
            MlpSelectionVerdicts.ImprovementIsTheDifference(Case.Value.Expected["improvement"].ToScalar(), Best, DefaultDev),
            MlpSelectionVerdicts.BestReachesTarget(Case.Value.Inputs, Best, Case.Value.Expected[MlpSelectionModule.TargetKey].ToScalar(), Runs),
            MlpSelectionVerdicts.BestReproduced(Case.Value.Inputs, Best, Runs),
        };
        Assert.That(verdicts.Where(v => !v.Passed).Select(v => v.Message), Is.Empty);
    }

    public static IEnumerable<TestCaseData> BadGrids()
    {
        yield return new TestCaseData(Rows(r => r[1] == 1), "only one value of solver").SetName("one solver only");
        yield return new TestCaseData(Rows(r => r[2] == 0.001 || r[0] == 3), "every combination").SetName("not a full product");
        yield return new TestCaseData(Append(Row(0)), "more than once").SetName("a row twice");
        yield return new TestCaseData(Change(0, 0, 7), "not a code of activation").SetName("unknown activation code");
        yield return new TestCaseData(Change(0, 1, 2), "not a code of solver").SetName("solver lbfgs");
        yield return new TestCaseData(Change(0, 3, 12.5), "batch_size").SetName("fractional batch size");
        yield return new TestCaseData(Change(0, 4, 1.5), "not in [0, 1]").SetName("accuracy above one");
        yield return new TestCaseData(Change(0, 5, 0), "hidden_layer_sizes").SetName("no hidden layer");
        yield return new TestCaseData(NumericArray.FromVector(Grid.Data), "matrix").SetName("a vector");
        yield return new TestCaseData(Change(0, 5, 250), "at most 200 units").SetName("too many units");
    }

    [TestCaseSource(nameof(BadGrids))]
    public void A_grid_that_breaks_a_constraint_fails_and_says_which(NumericArray grid, string says)
    {
        var verdict = MlpSelectionVerdicts.GridRespectsConstraints(grid);
        Assert.That(verdict.Passed, Is.False, verdict.Message);
        Assert.That(verdict.Message, Does.Contain(says));
    }

    [Test]
    public void A_best_that_is_not_in_the_grid_or_not_its_highest_fails()
    {
        var outside = (double[])Best.Data.Clone();
        outside[2] = 0.5;
        Assert.That(MlpSelectionVerdicts.BestIsBestOfGrid(Grid, NumericArray.FromVector(outside)).Message, Does.Contain("not one of the rows"));
        var lowest = Enumerable.Range(0, Grid.Shape[0]).MinBy(r => Row(r)[4]);
        var verdict = MlpSelectionVerdicts.BestIsBestOfGrid(Grid, NumericArray.FromVector(Row(lowest)));
        Assert.That(verdict.Passed, Is.False, verdict.Message);
        Assert.That(verdict.Message, Does.Contain("a grid row has"));
    }

    [Test]
    public void A_best_accuracy_that_a_re_run_does_not_give_fails()
    {
        var inflated = (double[])Best.Data.Clone();
        inflated[4] += 0.05;
        var verdict = MlpSelectionVerdicts.BestReproduced(Case.Value.Inputs, NumericArray.FromVector(inflated), Runs);
        Assert.That(verdict.Passed, Is.False, verdict.Message);
        Assert.That(verdict.Message, Does.Contain("re-training the best"));
    }

    [TestCase(0.80, true)]
    [TestCase(0.9125, true)]
    [TestCase(0.95, false)]
    public void The_target_is_a_lower_bound_on_the_best_dev_accuracy(double target, bool passes) =>
        Assert.That(MlpSelectionVerdicts.BestReachesTarget(Case.Value.Inputs, Best, target, Runs).Passed, Is.EqualTo(passes));

    [Test]
    public void Four_hidden_layers_are_beyond_the_limits()
    {
        var wide = Enumerable.Range(0, Grid.Shape[0]).SelectMany(r => Row(r).Concat(new double[] { 8, 8, 8 })).ToArray();
        var verdict = MlpSelectionVerdicts.GridRespectsConstraints(new NumericArray([Grid.Shape[0], Grid.Shape[1] + 3], wide));
        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Message, Does.Contain("at most 3 layers"));
    }

    [Test]
    public void An_improvement_that_is_not_best_minus_default_fails() =>
        Assert.That(MlpSelectionVerdicts.ImprovementIsTheDifference(0.2, Best, DefaultDev).Passed, Is.False);

    private static double[] Row(int r) => Grid.Data.AsSpan(r * Grid.Shape[1], Grid.Shape[1]).ToArray();

    private static NumericArray Rows(Func<double[], bool> keep)
    {
        var rows = Enumerable.Range(0, Grid.Shape[0]).Select(Row).Where(keep).ToArray();
        return new NumericArray([rows.Length, Grid.Shape[1]], rows.SelectMany(r => r).ToArray());
    }

    private static NumericArray Append(double[] row) =>
        new([Grid.Shape[0] + 1, Grid.Shape[1]], Grid.Data.Concat(row).ToArray());

    private static NumericArray Change(int row, int column, double value)
    {
        var data = (double[])Grid.Data.Clone();
        data[row * Grid.Shape[1] + column] = value;
        return new NumericArray((int[])Grid.Shape.Clone(), data);
    }
}
