using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.MlpSelection;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>A report whose shapes the judgements did not foresee fails its checks with a reason; the grade goes on.</summary>
public sealed class MalformedReportTests
{
    [TestCase(5, 3, TestName = "a grid of five columns, a best of five")]
    [TestCase(6, 0, TestName = "a grid with no rows")]
    public void A_malformed_grid_fails_its_checks_without_stopping_the_grade(int columns, int rows)
    {
        var catalog = new ProblemCatalog([new MlpSelectionModule()]);
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]) { Diagnose = false };
        using var executor = new InstanceExecutor(catalog, () => new MalformedSelection(columns, rows));

        var checks = grader.Grade("malformed", executor).Checks;

        var best = checks.Single(c => c.Quantity == "best");
        Assert.That(best.Passed, Is.False);
        Assert.That(best.Message, Does.Contain("grid must be a matrix"));
        Assert.That(checks.Single(c => c.Quantity == "grid").Passed, Is.False);
    }

    private sealed class MalformedSelection(int columns, int rows) : IMlpSelection
    {
        public void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
        {
        }

        public double DefaultTrainAccuracy => 0.5;

        public double DefaultDevAccuracy => 0.5;

        public Matrix<double> Grid => Matrix<double>.Build.Dense(rows, columns, 0.5);

        public Vector<double> Best => Vector<double>.Build.Dense(columns, 0.5);

        public double Improvement => 0;
    }
}
