using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.GruCell;
using Reference.Generator.GruCell;

namespace Grader.Tests.Grading;

/// <summary>For every recorded GRU mistake, a submission that makes exactly that mistake is told its name.</summary>
public sealed class GruMistakeNamingTests
{
    /// <summary>These tests drive GRU implementations, so they grade the GRU problem alone.</summary>

    public static IEnumerable<TestCaseData> Flaws() =>
        GruCellFixtures.MistakeNames.Select(m => new TestCaseData(m.Key, m.Value).SetName(m.Key.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_every_check_it_fails(GruFlaw flaw, string mistake)
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(flaw));
        var grade = grader.Grade(flaw.ToString(), executor);

        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed, Is.Not.Empty, "the fixtures must catch this mistake");
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(mistake));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}."));
    }

    [Test]
    public void The_answer_key_passes_every_check()
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new Reference.Solutions.GruCell());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
    }
}
