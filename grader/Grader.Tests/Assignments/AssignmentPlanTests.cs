using Grader.Core.Assignments;
using Grader.Core.Fixtures;
using Grader.Core.Grading;

namespace Grader.Tests.Assignments;

/// <summary>A grade of the problems becomes a grade of the assignment: each part's checks share its machine points in
/// proportion, checks of no part are left out, and the hand parts wait for a TA.</summary>
public sealed class AssignmentPlanTests
{
    private static SubmissionGrade ProblemGrade(string id, Func<string, bool> passes)
    {
        var assignment = TestAssignments.Load(id);
        var checks = TestCatalog.All.Only(assignment.Problems).Problems
            .SelectMany(p => new[] { FixtureSet.Public, FixtureSet.Hidden }.SelectMany(set => p.Quantities.Select(q =>
            {
                var ok = passes(q.Name);
                return new CheckResult(CheckResult.MakeId(p.Id, set, q.Name), p.Id, q.Name, set,
                    ok ? CheckStatus.Passed : CheckStatus.Wrong, ok ? q.Points : 0, q.Points, ok ? "" : "wrong");
            })))
            .ToArray();
        return new SubmissionGrade { Submission = "s", Checks = checks };
    }

    [TestCaseSource(typeof(TestAssignments), nameof(TestAssignments.Ids))]
    public void All_checks_passed_earn_the_machine_points_and_the_total_is_the_texts(string id)
    {
        var assignment = TestAssignments.Load(id);
        var grade = TestAssignments.Plan(id).Apply(ProblemGrade(id, _ => true));
        Assert.That(grade.Score, Is.EqualTo(assignment.MachinePoints).Within(1e-9));
        Assert.That(grade.MaxScore, Is.EqualTo(assignment.Total).Within(1e-9));
        Assert.That(grade.Checks.Where(c => c.IsManual).Select(c => c.Part), Is.EqualTo(assignment.Leaves.Where(p => p.Hand is not null).Select(p => p.Label)));
        Assert.That(grade.Checks.Where(c => c.IsManual), Has.All.Matches<CheckResult>(c => c.IsPendingHand && c.Status == CheckStatus.Manual));
    }

    [Test]
    public void A_failed_check_loses_its_share_of_its_part_only()
    {
        // 2.2 has 70 points over 8 gradients of 1 point on each of two sets: one wrong gradient costs 70 / 16 per set.
        var grade = TestAssignments.Plan("004-gru-cell").Apply(ProblemGrade("004-gru-cell", q => q != "dWh"));
        var parts = PartScore.Of(grade).ToDictionary(p => p.Part.Label);
        Assert.That(parts["2.1"].Score, Is.EqualTo(30));
        Assert.That(parts["2.2"].Score, Is.EqualTo(70 - 2 * 70.0 / 16).Within(1e-9));
        Assert.That(parts["Part 1 hard copy"].HandPending, Is.True);
        Assert.That(parts["2.2"].Describe(p => p.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo("61.25 / 70"));
    }

    [Test]
    public void A_part_with_both_shares_reads_machine_now_and_hand_pending()
    {
        var grade = TestAssignments.Plan("003-char-rnn-and-lstm").Apply(ProblemGrade("003-char-rnn-and-lstm", _ => true));
        var part = PartScore.Of(grade).Single(p => p.Part.Label == "2(b)");
        Assert.That(part.Describe(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo("1 / 1, graded by hand: 1 pending"));
        Assert.That(grade.Checks.Single(c => c.Id == "lstm-worked/hidden/x_b").MaxScore, Is.EqualTo(0.5));
    }

    [Test]
    public void Applying_twice_changes_nothing()
    {
        var plan = TestAssignments.Plan("001-sigmoid-rnn-model-selection");
        var once = plan.Apply(ProblemGrade("001-sigmoid-rnn-model-selection", q => q != "h"));
        Assert.That(plan.Apply(once).Checks, Is.EqualTo(once.Checks));
    }
}
