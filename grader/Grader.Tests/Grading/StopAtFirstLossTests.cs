using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Reference.Generator.InfoGan;

namespace Grader.Tests.Grading;

/// <summary>A grader told to stop at the first lost point runs no case after it, and runs every case when none is lost.</summary>
[Category(TestTiers.Slow)]
public sealed class StopAtFirstLossTests
{
    private static readonly ProblemCatalog Catalog = new([new InfoGanModule()]);

    [Test]
    public void A_set_stops_at_the_first_case_that_loses_a_point()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Hidden]) { Diagnose = false, StopAtFirstLoss = true };
        using var executor = new InstanceExecutor(Catalog, () => new FlawedInfoGan(InfoGanFlaw.QLossLeftOut));
        var grade = grader.Grade("q-loss-left-out", executor);

        Assert.That(executor.Cases, Is.EqualTo(new[] { "batch-1" }), "the training case after it is never run");
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Quantity), Is.EqualTo(new[] { "generator_loss" }));
    }

    [Test]
    public void A_set_that_loses_nothing_runs_every_case()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Hidden]) { Diagnose = false, StopAtFirstLoss = true };
        using var executor = new InstanceExecutor(Catalog, () => new Reference.Solutions.InfoGan());
        var grade = grader.Grade("answer-key", executor);

        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);

        Assert.That(executor.Cases, Is.EqualTo(new[] { "batch-1", "batch-8", "draws", "schedule", "step-4", "train" }));
    }
}
