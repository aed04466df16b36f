using Grader.Cli.Batch;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;

namespace Grader.Tests.Gradebook;

/// <summary>The late policy from an assignment file: a percentage of the total per started day, capped; the five real
/// sets have none (their texts state none), so these use a copy of one with a policy.</summary>
public sealed class LatePolicyTests
{
    [Test]
    public void The_real_assignments_have_no_late_policy() =>
        Assert.That(Assignments.TestAssignments.Ids.Select(id => Assignments.TestAssignments.Load(id).LatePolicy), Has.All.Null);

    /// <summary>003 is due 2018-04-03 16:00 −04:00 and totals 25 points; the copy takes 10 % a day, at most 30 %.</summary>
    [TestCase("2018-04-03T16:00:01-04:00", 1, 2.5)]
    [TestCase("2018-04-04T20:00:00Z", 1, 2.5)]
    [TestCase("2018-04-04T20:00:01Z", 2, 5)]
    [TestCase("2018-04-05T15:00:00-04:00", 2, 5)]
    [TestCase("2018-04-20T00:00:00Z", 17, 7.5)]
    public void Each_started_day_costs_its_percentage_up_to_the_cap(string submitted, int days, double points)
    {
        using var folder = new TempFolder();
        var assignment = TestGrades.WithLatePolicy(folder.Path, "late-lstm", 10, 30);
        var plan = new AssignmentPlan(assignment, TestCatalog.All.Only(assignment.Problems), [FixtureSet.Public]);
        var time = DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(plan.Late(time), Is.EqualTo(new LatePenalty(time, days, points)));
    }

    [TestCase("2018-04-03T16:00:00-04:00")]
    [TestCase("2018-03-01T00:00:00Z")]
    public void On_time_is_no_penalty(string submitted)
    {
        using var folder = new TempFolder();
        var assignment = TestGrades.WithLatePolicy(folder.Path, "late-lstm", 10, 30);
        var plan = new AssignmentPlan(assignment, TestCatalog.All.Only(assignment.Problems), [FixtureSet.Public]);
        Assert.That(plan.Late(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture)), Is.Null);
    }

    [Test]
    public void No_policy_no_penalty()
    {
        var plan = Assignments.TestAssignments.Plan(TestGrades.Lstm);
        Assert.That(plan.Late(DateTimeOffset.UnixEpoch), Is.Null);
    }

    [Test]
    public void The_penalty_comes_off_the_score_but_never_below_zero()
    {
        var grade = TestGrades.Of("ada", passed: false) with { Late = new LatePenalty(DateTimeOffset.UnixEpoch, 3, 7.5) };
        Assert.That(grade.Score, Is.Zero);
        Assert.That((TestGrades.Of("bo") with { Late = new LatePenalty(DateTimeOffset.UnixEpoch, 3, 7.5) }).Score, Is.EqualTo(21 - 7.5));
    }

    [Test]
    public void Submission_times_come_from_the_file_when_given()
    {
        using var folder = new TempFolder();
        var errors = new List<string>();
        var times = SubmissionTimes.Read(folder.File("times.csv", "student,submitted_at\nada,2018-04-04T10:00:00-04:00\nbo,2018-04-03T12:00:00Z\n"), errors);
        Assert.That(errors, Is.Empty);
        var ada = new StudentSubmission("ada", folder.Path, false);
        Assert.That(times!.Of(ada), Is.EqualTo(new DateTimeOffset(2018, 4, 4, 14, 0, 0, TimeSpan.Zero)));
        Assert.That(times.Unlisted([ada, new StudentSubmission("cy", folder.Path, false)]), Is.EqualTo(new[] { "cy" }));
    }

    [Test]
    public void Without_a_file_the_time_is_the_newest_file_of_the_submission()
    {
        using var folder = new TempFolder();
        var submission = Path.Combine(folder.Path, "ada");
        Directory.CreateDirectory(Path.Combine(submission, "bin"));
        File.WriteAllText(Path.Combine(submission, "A.cs"), "");
        File.WriteAllText(Path.Combine(submission, "B.cs"), "");
        File.WriteAllText(Path.Combine(submission, "bin", "A.dll"), "");
        var newest = new DateTime(2018, 4, 4, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(submission, "A.cs"), newest.AddDays(-2));
        File.SetLastWriteTimeUtc(Path.Combine(submission, "B.cs"), newest);
        File.SetLastWriteTimeUtc(Path.Combine(submission, "bin", "A.dll"), newest.AddDays(5));
        Assert.That(SubmissionTimes.FromFiles().Of(new StudentSubmission("ada", submission, false)), Is.EqualTo(new DateTimeOffset(newest)),
            "build output does not count");
    }

    private static readonly object[] BadTimes =
    [
        new object[] { "ada,2018-04-04T10:00:00Z\n", "line 1: no header" },
        new object[] { "student,submitted_at\n", "the header is the only line" },
        new object[] { "student,submitted_at\nada,yesterday\n", "line 2, column 'submitted_at': 'yesterday' is not an ISO 8601 time" },
        new object[] { "student,submitted_at\nada,2018-04-04T10:00:00\n", "line 2, column 'submitted_at': '2018-04-04T10:00:00' has no UTC offset" },
        new object[] { "student,submitted_at\nada,2018-04-04T10:00:00Z\nada,2018-04-05T10:00:00Z\n", "line 3, column 'student': 'ada' is listed again (first on line 2)" },
    ];

    [TestCaseSource(nameof(BadTimes))]
    public void A_malformed_times_file_is_refused_naming_the_line(string text, string reason)
    {
        using var folder = new TempFolder();
        var errors = new List<string>();
        Assert.That(SubmissionTimes.Read(folder.File("times.csv", text), errors), Is.Null);
        Assert.That(errors, Has.Some.Contains(reason));
    }
}
