using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.GruCell;

namespace Grader.Tests.Grading;

/// <summary>What student code does wrong becomes a status on the checks it affects, and only on those.</summary>
public sealed class FailureStatusTests
{
    /// <summary>These tests drive GRU implementations, so they grade the GRU problem alone.</summary>

    private static SubmissionGrade Grade(Func<object> create)
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, create);
        return grader.Grade("test", executor);
    }

    [Test]
    public void A_backward_that_throws_fails_the_gradients_but_not_the_forward_check()
    {
        var grade = Grade(() => new ScriptedGruCell(_ => throw new InvalidOperationException("no gradients today")));
        Assert.That(grade.Checks.Single(c => c.Quantity == "h_next").Status, Is.EqualTo(CheckStatus.Passed));
        var gradients = grade.Checks.Where(c => c.Quantity != "h_next").ToArray();
        Assert.That(gradients.Select(c => c.Status), Has.All.EqualTo(CheckStatus.Threw));
        Assert.That(gradients[0].Message, Does.Contain("Backward threw System.InvalidOperationException: no gradients today"));
        Assert.That(gradients[0].Message, Does.Contain("FailureStatusTests"), "the message points into the student's code");
    }

    [Test]
    public void A_null_result_and_NaN_are_reported_as_such()
    {
        var grade = Grade(() => new ScriptedGruCell(backward =>
        {
            var (_, dh) = backward();
            return (null!, dh.Map(_ => double.NaN));
        }));
        Assert.That(grade.Checks.Single(c => c.Quantity == "dx").Status, Is.EqualTo(CheckStatus.ReturnedNull));
        var dh = grade.Checks.Single(c => c.Quantity == "dh");
        Assert.That(dh.Status, Is.EqualTo(CheckStatus.NotFinite));
        Assert.That(dh.Message, Does.Contain("NaN"));
    }

    [Test]
    public void The_template_stubs_are_not_implemented_everywhere()
    {
        var grade = Grade(() => new global::Homework.GruCell());
        Assert.That(grade.Checks.Select(c => c.Status), Has.All.EqualTo(CheckStatus.NotImplemented));
        Assert.That(grade.Checks.Select(c => c.Message), Has.All.Contain("problems/gru-cell.md"));
    }
}
