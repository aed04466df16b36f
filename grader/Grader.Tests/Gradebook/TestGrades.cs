using System.Text.Json.Nodes;
using Grader.Cli.Assignments;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Tests.Assignments;

namespace Grader.Tests.Gradebook;

/// <summary>Grades made without running anything: every check of an assignment's problems passed (or failed), its hand
/// parts pending, as the grader would write them; and class folders of such grades, written as a batch writes them.</summary>
internal static class TestGrades
{
    /// <summary>The character RNN and worked LSTM set: three hand-graded shares, of 2, 1 and 1 points.</summary>
    public const string Lstm = "003-char-rnn-and-lstm";

    public static SubmissionGrade Of(string student, string assignment = Lstm, bool passed = true) => Of(student, TestAssignments.Load(assignment), passed);

    public static SubmissionGrade Of(string student, Assignment assignment, bool passed = true)
    {
        var catalog = TestCatalog.All.Only(assignment.Problems);
        var plan = new AssignmentPlan(assignment, catalog, [FixtureSet.Public]);
        var grade = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public], plan)
            .FailAll(student, CheckStatus.Wrong, "Wrong in a test.");
        return passed
            ? grade with { Checks = grade.Checks.Select(c => c.IsManual ? c : c with { Status = CheckStatus.Passed, Score = c.MaxScore, Message = "" }).ToArray() }
            : grade;
    }

    /// <summary>A practice-set grade: the problems' own checks and points, no hand parts.</summary>
    public static SubmissionGrade Practice(string student) =>
        new SubmissionGrader(TestCatalog.All.Only(["lstm-worked"]), new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public])
            .FailAll(student, CheckStatus.Wrong, "Wrong in a test.");

    public static ClassGradebook Book(params SubmissionGrade[] grades) =>
        new(grades.Select(g => new GradebookRow(g.Submission, g)).OrderBy(r => r.Student, StringComparer.Ordinal).ToArray());

    /// <summary>A batch's output folder holding <paramref name="grades"/>, one student folder each.</summary>
    public static string Folder(string root, string name, params SubmissionGrade[] grades)
    {
        var folder = Path.Combine(root, name);
        foreach (var grade in grades)
        {
            ReportWriter.Write(grade, Path.Combine(folder, grade.Submission));
        }
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A copy of a repository assignment under a new id, with a late policy, written to <paramref name="folder"/>.</summary>
    public static Assignment WithLatePolicy(string folder, string id, double percentPerDay, double maxPercent, string from = Lstm)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Assignments, from + ".json")))!.AsObject();
        json["id"] = id;
        json["late_policy"] = new JsonObject { ["percent_per_day"] = percentPerDay, ["max_percent"] = maxPercent };
        json.Remove("$schema");
        var path = Path.Combine(folder, id + ".json");
        File.WriteAllText(path, json.ToJsonString());
        return AssignmentFile.Load(path, TestCatalog.All, AssignmentFile.Schema(), out var errors)
            ?? throw new InvalidDataException(string.Join("\n", errors));
    }
}
