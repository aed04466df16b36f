using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.NbackRnn;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>The training checks judge what the grader recomputes from returned weights, never a number the submission
/// reports about itself; and the template's stubs point to the problem texts.</summary>
public sealed class NbackTrainingCheckTests
{
    private static SubmissionGrade Grade(IProblemModule problem, Func<object> create)
    {
        var catalog = new ProblemCatalog([problem]);
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(catalog, create);
        return grader.Grade("test", executor);
    }

    [Test]
    public void A_Train_that_reports_better_losses_than_its_weights_give_fails_the_history_and_the_target()
    {
        var grade = Grade(new NbackRnnModule(), () => new BoastfulTrainer());
        var history = grade.Checks.Single(c => c.Quantity == "train_history");
        Assert.That(history.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(history.Message, Does.Contain("at epoch 0 the reported loss is 0.001 but J of the returned weights is"));
        var target = grade.Checks.Single(c => c.Quantity == "train_loss");
        Assert.That(target.Status, Is.EqualTo(CheckStatus.Wrong), "the target is judged on the recomputed J, not the reported one");
        var descent = grade.Checks.Single(c => c.Quantity == "sgd_losses");
        Assert.That(descent.Status, Is.EqualTo(CheckStatus.NotImplemented));
        Assert.That(descent.Message, Does.Contain("The grader's gradient descent (calling your Gradients)"));
    }

    public static IEnumerable<TestCaseData> Stubs() =>
    [
        new TestCaseData(new NbackRnnModule(), (Func<object>)(() => new global::Homework.NbackRnn())).SetName("nback-rnn"),
        new TestCaseData(new Core.Problems.SigmoidRnn.SigmoidRnnModule(), (Func<object>)(() => new global::Homework.SigmoidRnn())).SetName("sigmoid-rnn"),
        new TestCaseData(new Core.Problems.SoftmaxRnn.SoftmaxRnnModule(), (Func<object>)(() => new global::Homework.SoftmaxRnn())).SetName("softmax-rnn"),
    ];

    [TestCaseSource(nameof(Stubs))]
    public void The_template_stubs_are_not_implemented_everywhere_and_point_to_the_problem_text(IProblemModule problem, Func<object> stub)
    {
        var grade = Grade(problem, stub);
        Assert.That(grade.Checks.Select(c => c.Status), Has.All.EqualTo(CheckStatus.NotImplemented));
        Assert.That(grade.Checks.Select(c => c.Message), Has.All.Contain($"problems/{problem.Id}.md"));
    }

    /// <summary>No gradients; a Train that returns its initial weights twice but claims a loss of 0.001.</summary>
    private sealed class BoastfulTrainer : INbackRnn
    {
        public Matrix<double> U { get; set; } = Matrix<double>.Build.Dense(1, 1);
        public Matrix<double> V { get; set; } = Matrix<double>.Build.Dense(1, 1);
        public Vector<double> W { get; set; } = Vector<double>.Build.Dense(1);

        public Vector<double> Predict(Matrix<double> x) => throw new NotImplementedException();
        public double Loss(Matrix<double> x, Vector<double> y) => throw new NotImplementedException();
        public NbackGradients Gradients(Matrix<double> x, Vector<double> y) => throw new NotImplementedException();

        public NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed)
        {
            var start = new NbackWeights(
                Matrix<double>.Build.Dense(hiddenUnits, hiddenUnits, 0.1), Matrix<double>.Build.Dense(hiddenUnits, x.ColumnCount, 0.1),
                Vector<double>.Build.Dense(hiddenUnits, 0.1));
            return new NbackTrainingRun([start, start], [0.001, 0.001]);
        }
    }
}
