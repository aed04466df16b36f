using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.CharRnn;
using Reference.Generator.CharRnn;

namespace Grader.Tests.Grading;

/// <summary>For every recorded char-rnn mistake, a submission that makes exactly that mistake is told its name.</summary>
public sealed class CharRnnMistakeNamingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new CharRnnModule()]);

    public static IEnumerable<TestCaseData> Flaws() =>
        CharRnnFixtures.MistakeNames.Select(m => new TestCaseData(m.Key, m.Value).SetName(m.Key.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_every_wrong_value(CharRnnFlaw flaw, string mistake)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedCharRnn(flaw));
        var grade = grader.Grade(flaw.ToString(), executor);

        // A wrong value or a wrong length (a text that keeps its runs of spaces is longer): both name the mistake.
        // The accuracy target is a criterion, not a comparison with a recorded output, so it names no mistake.
        var wrong = grade.Checks.Where(c => c.Status is CheckStatus.Wrong or CheckStatus.ShapeMismatch && c.Quantity != "accuracy").ToArray();
        Assert.That(wrong, Is.Not.Empty, "the fixtures must catch this mistake");
        Assert.That(wrong.Select(c => c.Mistake), Has.All.EqualTo(mistake));
        Assert.That(wrong.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}."));
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Status), Has.All.AnyOf(CheckStatus.Wrong, CheckStatus.ShapeMismatch, CheckStatus.NotFinite));
    }

    [Test]
    public void The_answer_key_passes_every_check()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new Reference.Solutions.CharRnn());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
    }
}
