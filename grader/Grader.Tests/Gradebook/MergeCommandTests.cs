using Grader.Cli.Batch;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;
using Grader.Core.Reports;

namespace Grader.Tests.Gradebook;

/// <summary><c>grader merge</c> on class folders written as a batch writes them: hand scores by part and level reach the
/// gradebook, canvas.csv, results.json and the feedback; a bad sheet writes nothing; summary.txt is rewritten; a missing
/// shard is said.</summary>
public sealed class MergeCommandTests
{
    [Test]
    public void Merged_hand_scores_reach_the_gradebook_canvas_results_and_feedback_and_the_summary_is_rewritten()
    {
        using var root = new TempFolder();
        var grades = TestGrades.Folder(root.Path, "grades", TestGrades.Of("ada"), TestGrades.Of("bo"));
        File.WriteAllText(Path.Combine(grades, ClassReport.SummaryFile), "stale");
        var sheet = root.File("scores.csv", "student,part,level,score,comment\nada,2(a),some,,Only the first input is described.\n");

        var (code, output) = CliRun.Merge(grades, "--out", grades, "--manual", sheet);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("Merged 1 hand score from").And.Contain("0 lines not scored yet"));

        var gradebook = File.ReadAllLines(Path.Combine(grades, GradebookWriter.GradebookFile));
        Assert.That(gradebook[1], Does.StartWith("ada,22,25,"));
        Assert.That(gradebook[2], Does.StartWith("bo,21,25,"));
        Assert.That(File.ReadAllLines(Path.Combine(grades, CanvasExport.FileName))[2], Is.EqualTo("ada,,,ada,,22"));
        Assert.That(File.ReadAllText(Path.Combine(grades, "ada", ReportWriter.ResultsFile)), Does.Contain("Only the first input is described."));
        Assert.That(File.ReadAllText(Path.Combine(grades, "ada", ReportWriter.FeedbackFile)),
            Does.Contain("### ✍️ 2(a): how C_t and h_t relate to C_{t−1} and h_{t−1} for each of the three inputs\n\nOnly the first input is described."));
        Assert.That(File.ReadAllText(Path.Combine(grades, "ada", ReportWriter.FeedbackHtmlFile)), Does.Contain("<blockquote>Only the first input is described.</blockquote>"));
        var summary = File.ReadAllText(Path.Combine(grades, ClassReport.SummaryFile));
        Assert.That(summary, Does.StartWith("2 submissions graded for 003-char-rnn-and-lstm").And.Contain("Hand-graded parts not scored yet: 5 (2 of 2 students"));
        Assert.That(File.ReadAllText(Path.Combine(grades, ScoresTemplate.FileName)), Does.Contain("ada,2(a),some,1,Only the first input is described.,"));
    }

    [TestCase("ada,2(a),some,,\n", "line 1: no header")]
    [TestCase("student,part,score\nada,2(a),1\n", "line 1: no column 'level'")]
    [TestCase("student,part,level,score,comment\n", "line 1: the header is the only line")]
    [TestCase("student,part,level,score,comment\nada,2(a),some,2,\nnobody,2(a),,1,\n", "line 3, column 'student': no student 'nobody'")]
    public void A_bad_sheet_exits_2_listing_its_errors_and_writes_nothing(string sheetText, string expected)
    {
        using var root = new TempFolder();
        var grades = TestGrades.Folder(root.Path, "grades", TestGrades.Of("ada"));
        var results = Path.Combine(grades, "ada", ReportWriter.ResultsFile);
        var before = File.ReadAllText(results);
        var (code, output) = CliRun.Merge(grades, "--out", grades, "--manual", root.File("scores.csv", sheetText));
        Assert.That(code, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("nothing was written").And.Contain(expected).And.Not.Contain("   at "));
        Assert.That(File.ReadAllText(results), Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(grades, GradebookWriter.GradebookFile)), Is.False);
    }

    [Test]
    public void A_merge_of_shards_warns_of_a_missing_one_in_its_output_and_summary()
    {
        using var root = new TempFolder();
        var first = TestGrades.Folder(root.Path, "shard1", TestGrades.Of("ada"));
        var third = TestGrades.Folder(root.Path, "shard3", TestGrades.Of("bo"));
        ShardRecord.Write(first, new ShardSpec(1, 3));
        ShardRecord.Write(third, new ShardSpec(3, 3));
        var merged = Path.Combine(root.Path, "all");

        var (code, output) = CliRun.Merge(first, third, "--out", merged);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("warning: Shard 2/3 of 3 is missing"));
        Assert.That(File.ReadAllText(Path.Combine(merged, ClassReport.SummaryFile)), Does.Contain("Shard 2/3 of 3 is missing"));
    }

    [Test]
    public void Grades_of_different_assignments_or_of_another_than_asked_are_refused()
    {
        using var root = new TempFolder();
        var one = TestGrades.Folder(root.Path, "one", TestGrades.Of("ada"));
        var other = TestGrades.Folder(root.Path, "other", TestGrades.Practice("cy"));
        var (code, output) = CliRun.Merge(one, other, "--out", Path.Combine(root.Path, "all"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.Contain("the inputs hold grades of different assignments").And.Contain("003-char-rnn-and-lstm (1: ada); a practice set (1: cy)"));

        (code, output) = CliRun.Merge(one, "--out", one, "--assignment", "004-gru-cell");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--assignment 004-gru-cell: ada was not graded for it."));
    }

    [Test]
    public void The_canvas_column_defaults_to_the_title_and_the_roster_supplies_identities()
    {
        using var root = new TempFolder();
        var grades = TestGrades.Folder(root.Path, "grades", TestGrades.Of("ada"));
        var roster = root.File("roster.csv", "Student,ID,SIS User ID,SIS Login ID,Section\n\"Lovelace, Ada\",101,S-1,ada,A\n\"Bo, Bea\",102,S-2,bea,A\n");
        var (code, output) = CliRun.Merge(grades, "--out", grades, "--roster", roster);
        Assert.That(code, Is.Zero, output);
        var canvas = File.ReadAllLines(Path.Combine(grades, CanvasExport.FileName));
        Assert.That(canvas[0], Is.EqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Assignment 5: Recurrent Neural Networks (a character RNN; a worked LSTM)"));
        Assert.That(canvas[2], Is.EqualTo("\"Lovelace, Ada\",101,S-1,ada,A,21"));
        Assert.That(output, Does.Contain("In the roster with no submission, so not in canvas.csv (1): Bo, Bea (SIS Login ID bea)."));

        (code, _) = CliRun.Merge(grades, "--out", grades, "--roster", roster, "--canvas-column", "Homework 5 (4242)");
        Assert.That(File.ReadAllLines(Path.Combine(grades, CanvasExport.FileName))[0], Does.EndWith(",Homework 5 (4242)"));
    }
}
