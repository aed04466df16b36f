using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.LstmWorked;
using Reference.Generator.LstmWorked;

namespace Grader.Tests.Grading;

/// <summary>For every recorded lstm-worked mistake, a submission that makes exactly that mistake is told its name.</summary>
public sealed class LstmMistakeNamingTests
{
    internal static ProblemCatalog Catalog { get; } = new([new LstmWorkedModule()]);

    public static IEnumerable<TestCaseData> Flaws() =>
        LstmWorkedFixtures.MistakeNames.Select(m => new TestCaseData(m.Key, m.Value).SetName(m.Key.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_every_check_it_fails(LstmFlaw flaw, string mistake)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedLstmWorked(flaw));
        var grade = grader.Grade(flaw.ToString(), executor);

        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed, Is.Not.Empty);
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(mistake));
        Assert.That(failed.Select(c => c.Quantity), Has.None.EqualTo("x_b").And.None.EqualTo("x_c"));
    }

    [Test]
    public void The_answer_key_passes_every_check()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new Reference.Solutions.LstmWorked());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.MaxScore, Is.EqualTo(16));
    }
}
