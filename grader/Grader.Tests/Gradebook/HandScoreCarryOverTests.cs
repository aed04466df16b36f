using Grader.Cli.Batch;
using Grader.Cli.Gradebook;
using Grader.Core.Assignments;
using Grader.Core.Grading;
using Grader.Tests.Assignments;

namespace Grader.Tests.Gradebook;

/// <summary>A regrade keeps a student's hand scores while their parts still exist with the same points, and says whose
/// it drops and why otherwise.</summary>
public sealed class HandScoreCarryOverTests
{
    private static SubmissionGrade Scored(SubmissionGrade grade) => ManualScoreSheet.Apply(grade,
    [
        new ManualScore(2, grade.Submission, "2(a)", "some", 1, "Only the first input."),
        new ManualScore(3, grade.Submission, "2(b)", null, 0.5, ""),
    ]);

    [Test]
    public void A_regrade_keeps_hand_scores_of_parts_with_the_same_points()
    {
        var previous = Scored(TestGrades.Of("ada"));
        var regraded = TestGrades.Of("ada", passed: false);
        var carry = new HandScoreCarryOver("ada", previous);
        var kept = carry.Apply(regraded);

        Assert.That(carry.Dropped(kept), Is.Empty);
        var part = kept.Checks.Single(c => c.Id == "manual/2(a)");
        Assert.That((part.Score, part.Hand), Is.EqualTo((1.0, new HandScore("some", "Only the first input."))));
        Assert.That(kept.Checks.Single(c => c.Id == "manual/2(b)").Score, Is.EqualTo(0.5));
        Assert.That(kept.Checks.Where(c => !c.IsManual), Is.EqualTo(regraded.Checks.Where(c => !c.IsManual)), "the machine's checks are the regrade's");
    }

    [Test]
    public void A_part_whose_points_changed_or_that_is_gone_drops_its_score_and_says_why()
    {
        var previous = Scored(TestGrades.Of("ada"));
        var assignment = TestAssignments.Load(TestGrades.Lstm);
        var changed = assignment with
        {
            Parts = assignment.Parts.Select(p => p with
            {
                Parts = p.Parts?.Select(leaf => leaf.Label switch
                {
                    "2(a)" => leaf with { Hand = leaf.Hand! with { Points = 3 } },
                    "2(b)" => leaf with { Hand = null, Machine = leaf.Machine! with { Points = 2 } },
                    _ => leaf,
                }).ToArray(),
            }).ToArray(),
        };
        var regraded = TestGrades.Of("ada", changed);
        var carry = new HandScoreCarryOver("ada", previous);
        var dropped = carry.Dropped(carry.Apply(regraded));

        Assert.That(dropped, Has.Count.EqualTo(2));
        Assert.That(dropped[0], Does.StartWith("ada: the hand score of part 2(a) (1 / 2, 'some') was dropped on regrading")
            .And.Contain("the part's hand-graded points are now 3, not 2"));
        Assert.That(dropped[1], Does.Contain("part 2(b) (0.5 / 1)").And.Contain("003-char-rnn-and-lstm no longer has a hand-graded part 2(b)"));
        Assert.That(carry.Apply(regraded).Checks.Single(c => c.Id == "manual/2(a)").IsPendingHand, Is.True);
    }

    [Test]
    public void A_level_no_longer_in_the_rubric_is_dropped()
    {
        var previous = Scored(TestGrades.Of("ada"));
        var assignment = TestAssignments.Load(TestGrades.Lstm);
        var renamed = assignment with
        {
            Parts = assignment.Parts.Select(p => p with
            {
                Parts = p.Parts?.Select(leaf => leaf.Label == "2(a)"
                    ? leaf with { Hand = leaf.Hand! with { Rubric = [new RubricLevel("all", 2, "all"), new RubricLevel("partly", 1, "one or two"), new RubricLevel("none", 0, "none")] } }
                    : leaf).ToArray(),
            }).ToArray(),
        };
        var carry = new HandScoreCarryOver("ada", previous);
        Assert.That(carry.Dropped(carry.Apply(TestGrades.Of("ada", renamed))), Has.One.Contains("the level 'some' is no longer in the part's rubric"));
    }

    [Test]
    public void A_practice_regrade_says_it_has_no_hand_parts() =>
        Assert.That(new HandScoreCarryOver("ada", Scored(TestGrades.Of("ada"))).Dropped(TestGrades.Practice("ada")),
            Has.All.Contains("now graded as a practice set"));

    [Test]
    public void No_previous_grade_changes_nothing()
    {
        var grade = TestGrades.Of("ada");
        Assert.That(new HandScoreCarryOver("ada", null).Apply(grade), Is.SameAs(grade));
    }
}
