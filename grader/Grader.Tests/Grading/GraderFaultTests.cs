using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Tests.Grading;

/// <summary>What is the grader's doing is never the student's: a criterion that throws or a fixture that is missing
/// leaves the check "not graded", with the reason, never "wrong" or "threw".</summary>
public sealed class GraderFaultTests
{
    private sealed class Throwing : ICheckCriterion
    {
        public string Description => "anything";

        public CriterionVerdict Judge(NumericArray actual, NumericArray? expected) => throw new InvalidOperationException("a bug in the criterion");
    }

    [Test]
    public void A_criterion_that_throws_leaves_the_check_not_graded()
    {
        var problem = TestCatalog.All.Find("gru-cell")!;
        var spec = new QuantitySpec("h_next", "h'", 1) { Criterion = new Throwing() };
        var fixture = new Fixture
        {
            Problem = "gru-cell", Case = "c", Seed = 1, Inputs = new Dictionary<string, NumericArray>(),
            Expected = new Dictionary<string, NumericArray>(), Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
        };
        var outcome = new CaseOutcome(new Dictionary<string, QuantityOutcome> { ["h_next"] = QuantityOutcome.Of(new NumericArray([1], [0.5])) }, "");
        var check = QuantityCheck.Evaluate(problem, spec, FixtureSet.Public, [fixture], [outcome]);
        Assert.That(check.Status, Is.EqualTo(CheckStatus.NotGraded));
        Assert.That(check.Message, Does.Contain("the grader's fault, not yours").And.Contain("a bug in the criterion"));
    }

    [Test]
    public void Missing_fixtures_leave_every_check_of_the_problem_not_graded_and_counted_apart()
    {
        var empty = Directory.CreateTempSubdirectory("no-fixtures-").FullName;
        try
        {
            var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(empty), [FixtureSet.Public]);
            using var executor = new InstanceExecutor(GruOnly.Catalog, () => new Reference.Solutions.GruCell());
            var grade = grader.Grade("s", executor);
            Assert.That(grade.Checks.Select(c => c.Status), Has.All.EqualTo(CheckStatus.NotGraded));
            Assert.That(grade.Checks[0].Message, Does.StartWith("Not graded: the grader could not load its fixtures"));
            Assert.That(Cli.Pipeline.SummaryTable.Render([new Cli.Pipeline.GradingRun(grade, TimeSpan.Zero, TimeSpan.Zero)]),
                Does.Contain("0 / 9  0       0                  9"));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
