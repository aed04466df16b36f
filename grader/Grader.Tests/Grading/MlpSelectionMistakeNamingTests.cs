using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.MlpSelection;
using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.MlpSelection;

namespace Grader.Tests.Grading;

/// <summary>mlp-selection graded on the submission's own report: a grid other than the suggested one is judged on its
/// own merits, and each known wrong report is told its name on the checks it shows in. (The answer key passes in
/// <see cref="AnswerKeyTests"/>.)</summary>
public sealed class MlpSelectionMistakeNamingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new MlpSelectionModule()]);

    private static SubmissionGrade Grade(Func<object> create)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, create);
        return grader.Grade("submission", executor);
    }

    public static IEnumerable<TestCaseData> Flaws()
    {
        yield return Flaw(SelectionFlaw.TrainReportedAsDev, MlpSelectionMistakes.TrainReportedAsDev, "public/default_dev_accuracy", "public/best", "hidden/best");
        yield return Flaw(SelectionFlaw.DevReportedAsTrain, MlpSelectionMistakes.DevReportedAsTrain, "public/default_train_accuracy");
        yield return Flaw(SelectionFlaw.BestNotFromGrid, MlpSelectionMistakes.BestNotFromGrid, "public/best", "hidden/best");
        yield return Flaw(SelectionFlaw.BestNotHighest, MlpSelectionMistakes.BestNotHighest, "public/best", "hidden/best");
        yield return Flaw(SelectionFlaw.ImprovementSignFlipped, MlpSelectionMistakes.ImprovementSignFlipped, "public/improvement", "hidden/improvement");
        yield return Flaw(SelectionFlaw.ImprovementInPercent, MlpSelectionMistakes.ImprovementInPercent, "public/improvement", "hidden/improvement");
        yield return Flaw(SelectionFlaw.OneValue, MlpSelectionMistakes.OneValue, "public/grid", "hidden/grid");
    }

    private static TestCaseData Flaw(SelectionFlaw flaw, string mistake, params string[] named) =>
        new TestCaseData(flaw, mistake, named).SetName(flaw.ToString());

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_the_checks_it_shows_in(SelectionFlaw flaw, string mistake, string[] named)
    {
        var grade = Grade(() => new FlawedMlpSelection(flaw));
        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        var report = string.Join("\n", failed.Select(c => c.Message));
        Assert.That(failed.Where(c => c.Mistake is not null).Select(c => c.Id),
            Is.EquivalentTo(named.Select(n => $"{MlpSelectionModule.ProblemId}/{n}")), report);
        Assert.That(failed.Select(c => c.Mistake).OfType<string>(), Has.All.EqualTo(mistake), report);
        Assert.That(failed.First(c => c.Mistake is not null).Message, Does.Contain($"Likely mistake: {mistake}. {MlpSelectionMistakes.Hints[mistake]}"));
    }

    [Test]
    public void A_grid_of_the_students_own_is_judged_on_its_own_report()
    {
        var grade = Grade(() => new OwnGridSelection());
        var judged = grade.Checks.Where(c => c.Quantity is "grid" or "best" or "improvement" or "default_train_accuracy" or "default_dev_accuracy");
        Assert.That(judged.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
    }

    [Test]
    public void A_best_reported_higher_than_it_trains_fails_reproduction_and_the_target()
    {
        var grade = Grade(() => new InflatedBest());
        var best = grade.Checks.Single(c => c.Id == "mlp-selection/public/best");
        Assert.That(best.Message, Does.Contain("re-training the best setting").And.Contain("you reported 0.99"));
        var target = grade.Checks.Single(c => c.Id == "mlp-selection/public/best_dev_accuracy");
        Assert.That(target.Passed, Is.False);
        Assert.That(target.Message, Does.Contain("the best setting re-trained reaches dev accuracy").And.Contain("below the target 0.8625"));
    }

    /// <summary>Another grid than the suggested one: two values each, other sizes, activations and rates.</summary>
    private sealed class OwnGridSelection : IMlpSelection
    {
        private readonly Reference.Solutions.MlpSelection _default = new();

        public double DefaultTrainAccuracy => _default.DefaultTrainAccuracy;

        public double DefaultDevAccuracy => _default.DefaultDevAccuracy;

        public Matrix<double> Grid { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public Vector<double> Best { get; private set; } = Vector<double>.Build.Dense(0);

        public double Improvement { get; private set; }

        public void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
        {
            _default.Run(trainX, trainY, devX, devY, randomState);
            var grid = new ParameterGrid(new Dictionary<string, object[]>
            {
                ["hidden_layer_sizes"] = [new[] { 16, 16 }, new[] { 48 }],
                ["activation"] = ["tanh", "logistic"],
                ["solver"] = ["sgd", "adam"],
                ["learning_rate_init"] = [0.005, 0.02],
                ["batch_size"] = [16, 64],
            });
            var (trnY, dY) = (trainY.Select(v => (int)v).ToArray(), devY.Select(v => (int)v).ToArray());
            var search = GridSearch.Run(new MlpParameters { RandomState = randomState }, grid, trainX, trnY, devX, dY);
            Grid = SelectionReport.Table(search);
            Best = SelectionReport.BestRow(search);
            Improvement = search.Best.DevAccuracy - DefaultDevAccuracy;
        }
    }

    /// <summary>The answer key's grid with its weakest point's dev accuracy written up to 0.99 and reported as the best.</summary>
    private sealed class InflatedBest : IMlpSelection
    {
        private readonly Reference.Solutions.MlpSelection _key = new();

        public double DefaultTrainAccuracy => _key.DefaultTrainAccuracy;

        public double DefaultDevAccuracy => _key.DefaultDevAccuracy;

        public Matrix<double> Grid { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public Vector<double> Best { get; private set; } = Vector<double>.Build.Dense(0);

        public double Improvement => Best[SelectionReport.DevAccuracyColumn] - DefaultDevAccuracy;

        public void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
        {
            _key.Run(trainX, trainY, devX, devY, randomState);
            Grid = _key.Grid.Clone();
            var weakest = Enumerable.Range(0, Grid.RowCount).MinBy(r => Grid[r, SelectionReport.DevAccuracyColumn]);
            Grid[weakest, SelectionReport.DevAccuracyColumn] = 0.99;
            Best = Grid.Row(weakest);
        }
    }
}
