using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Tests.Grading;

/// <summary>Each problem's answer key, graded through its contract on both fixture sets, passes every check; where the
/// number of points is pinned, it has that many. (nback-rnn's and sigmoid-rnn's answer keys are graded with their
/// plots in their own tests; infogan's training is graded in its own.)</summary>
public sealed class AnswerKeyTests
{
    public static IEnumerable<TestCaseData> AnswerKeys() =>
    [
        AnswerKey("gru-cell", () => new Reference.Solutions.GruCell()),
        AnswerKey("char-rnn", () => new Reference.Solutions.CharRnn()),
        AnswerKey("lstm-worked", () => new Reference.Solutions.LstmWorked(), points: 16),
        AnswerKey("softmax-rnn", () => new Reference.Solutions.SoftmaxRnn(), points: 18),
        AnswerKey("linear-autoencoder", () => new Reference.Solutions.LinearAutoencoder()),
        AnswerKey("mlp-complexity", () => new Reference.Solutions.MlpComplexity(), points: 8),
        AnswerKey("mlp-selection", () => new Reference.Solutions.MlpSelection(), points: 12),
    ];

    private static TestCaseData AnswerKey(string problem, Func<object> create, int? points = null) =>
        new TestCaseData(problem, create, points).SetName($"{{m}}({problem})");

    [TestCaseSource(nameof(AnswerKeys))]
    public void The_answer_key_passes_every_check(string problem, Func<object> create, int? points)
    {
        var catalog = new ProblemCatalog([TestCatalog.All.Get(problem)]);
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(catalog, create);
        var grade = grader.Grade("reference", executor);

        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
        if (points is { } pinned)
        {
            Assert.That(grade.MaxScore, Is.EqualTo(pinned));
        }
    }
}
