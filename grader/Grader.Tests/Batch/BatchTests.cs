using System.IO.Compression;
using Grader.Cli.Batch;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;
using Grader.Core.Grading;

namespace Grader.Tests.Batch;

/// <summary>`grader batch` and `grader merge` as a TA runs them: real processes on a small class, as a practice set and
/// as an assignment with hand-graded parts and a late policy.</summary>
[Category(TestTiers.Process)]
public sealed class BatchTests
{
    private static readonly string[] Class = ["correct", "gru-transposed", "gru-compile-error", "hostile-exit-mid-call"];
    /// <summary>Batch behaviour does not depend on which problems are graded: two quick ones keep these tests fast (the
    /// training problems would cost a minute per run).</summary>
    private static readonly string[] TwoProblems = ["--problem", "gru-cell", "lstm-worked"];

    /// <summary>The worked-LSTM half of the set with three hand-graded shares: quick to grade.</summary>
    private static readonly string[] Lstm = ["--assignment", "003-char-rnn-and-lstm", "--problem", "lstm-worked"];

    private string _root = "";
    private string _inbox = "";

    [OneTimeSetUp]
    public void MakeClass()
    {
        _root = Directory.CreateTempSubdirectory("class-").FullName;
        _inbox = Path.Combine(_root, "inbox");
        foreach (var student in Class)
        {
            CopyTree(TestPaths.Sample(student), Path.Combine(_inbox, student));
        }
        // One student hands in a zip.
        ZipFile.CreateFromDirectory(Path.Combine(_inbox, "correct"), Path.Combine(_inbox, "zipped.zip"));
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    private static (int ExitCode, string Output) Grader(string root, params string[] args) =>
        Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args], root);

    private (int ExitCode, string Output) Batch(string output, params string[] args) =>
        Grader(_root, ["batch", _inbox, "--out", output, "--fixtures", TestPaths.Fixtures, .. args]);

    [Test, Order(1)]
    public void A_batch_grades_everyone_writes_the_gradebook_and_resumes()
    {
        var output = Path.Combine(_root, "out");
        var (exitCode, text) = Batch(output, [.. TwoProblems, "--jobs", "2"]);
        Assert.That(exitCode, Is.Zero, text);
        Assert.That(text, Does.Contain("[5/5]").And.Contain("Crashed or timed out: 1").And.Contain("hostile-exit-mid-call: exited"));

        var book = ClassGradebook.Load([output]);
        Assert.That(book.Rows.Select(r => r.Student), Is.EqualTo(new[] { "correct", "gru-compile-error", "gru-transposed", "hostile-exit-mid-call", "zipped" }));
        var correct = book.Rows.Single(r => r.Student == "correct").Grade;
        Assert.That(book.Rows.Single(r => r.Student == "zipped").Grade.Score, Is.EqualTo(correct.Score).And.GreaterThan(0));
        foreach (var file in new[] { ReportWriter.ResultsFile, ReportWriter.FeedbackFile, ReportWriter.FeedbackHtmlFile })
        {
            Assert.That(File.Exists(Path.Combine(output, "gru-transposed", file)), Is.True, file);
        }
        var gradebook = File.ReadAllLines(Path.Combine(output, GradebookWriter.GradebookFile));
        Assert.That(gradebook[0], Does.StartWith("student,score,max_score,gru-cell,").And.Contain(",gru-cell/public/h_next,"));
        Assert.That(gradebook, Has.Length.EqualTo(6));
        var canvas = File.ReadAllLines(Path.Combine(output, CanvasExport.FileName));
        Assert.That(canvas[0], Is.EqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Homework"), "a practice set's column");
        Assert.That(canvas[1], Does.StartWith("Points Possible,"));
        Assert.That(File.Exists(Path.Combine(output, ScoresTemplate.FileName)), Is.False, "a practice set has no hand-graded parts");

        var (again, second) = Batch(output, TwoProblems);
        Assert.That(again, Is.Zero);
        Assert.That(second.Split('\n').Count(l => l.Contains("(unchanged, skipped)")), Is.EqualTo(5));

        File.AppendAllText(Path.Combine(_inbox, "gru-transposed", "GruCell.cs"), "\n// a late edit\n");
        var (_, third) = Batch(output, TwoProblems);
        Assert.That(third.Split('\n').Count(l => l.Contains("(unchanged, skipped)")), Is.EqualTo(4), "only the changed submission is graded again");
    }

    [Test]
    public void Shards_of_an_assignment_merge_with_hand_scores_by_level_and_a_missing_shard_is_said()
    {
        var shards = new[] { "1/2", "2/2" }.Select(s => Path.Combine(_root, "shard" + s[0])).ToArray();
        for (var i = 0; i < 2; i++)
        {
            var (code, text) = Batch(shards[i], [.. Lstm, "--shard", $"{i + 1}/2"]);
            Assert.That(code, Is.Zero, text);
            Assert.That(File.ReadAllText(Path.Combine(shards[i], ShardRecord.FileName)).Trim(), Is.EqualTo($"{i + 1}/2"));
            Assert.That(File.Exists(Path.Combine(shards[i], ScoresTemplate.FileName)), Is.True);
        }
        var graded = shards.SelectMany(s => ClassGradebook.Load([s]).Rows.Select(r => r.Student)).Order().ToArray();
        Assert.That(graded, Is.EqualTo(new[] { "correct", "gru-compile-error", "gru-transposed", "hostile-exit-mid-call", "zipped" }), "each student in exactly one shard");

        var sheet = Path.Combine(_root, "scores.csv");
        File.WriteAllText(sheet, "student,part,level,score,comment\ncorrect,2(a),all three,,Complete.\n");
        var merged = Path.Combine(_root, "merged");
        var (exitCode, output) = Grader(_root, "merge", shards[0], shards[1], "--out", merged, "--manual", sheet);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Not.Contain("missing"));
        var correct = ClassGradebook.Load([merged]).Rows.Single(r => r.Student == "correct").Grade;
        var part = correct.Checks.Single(c => c.Id == "manual/2(a)");
        Assert.That((part.Score, part.Hand?.Level, part.Hand?.Comment), Is.EqualTo((2.0, "all three", "Complete.")));
        Assert.That(File.ReadAllText(Path.Combine(merged, "correct", ReportWriter.ResultsFile)), Does.Contain("Complete."));
        Assert.That(File.ReadAllText(Path.Combine(merged, "correct", ReportWriter.FeedbackFile)), Does.Contain("Complete."));
        Assert.That(File.ReadAllText(Path.Combine(merged, ClassReport.SummaryFile)), Does.Contain("Merged 1 hand score"));

        var alone = shards.Single(s => ClassGradebook.Load([s]).Rows.Any(r => r.Student == "correct"));
        (exitCode, output) = Grader(_root, "merge", alone, "--out", Path.Combine(_root, "half"));
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"Shard {(alone == shards[0] ? 2 : 1)}/2 of 2 is missing"));
    }

    [Test]
    public void A_regraded_resubmission_keeps_its_merged_hand_score_or_says_why_it_was_dropped()
    {
        var inbox = Path.Combine(_root, "resubmit-inbox");
        CopyTree(TestPaths.Sample("correct"), Path.Combine(inbox, "correct"));
        var output = Path.Combine(_root, "resubmit");
        Assert.That(Grader(_root, ["batch", inbox, "--out", output, "--fixtures", TestPaths.Fixtures, .. Lstm]).ExitCode, Is.Zero);
        var sheet = Path.Combine(_root, "resubmit.csv");
        File.WriteAllText(sheet, "student,part,level,score,comment\ncorrect,2(a),some,,One input described.\n");
        Assert.That(Grader(_root, "merge", output, "--out", output, "--manual", sheet).ExitCode, Is.Zero);
        var merged = File.ReadAllLines(Path.Combine(output, CanvasExport.FileName))[2];

        File.AppendAllText(Directory.EnumerateFiles(Path.Combine(inbox, "correct"), "*.cs", SearchOption.AllDirectories).First(), "\n// resubmitted\n");
        var (code, text) = Grader(_root, ["batch", inbox, "--out", output, "--fixtures", TestPaths.Fixtures, .. Lstm]);
        Assert.That(code, Is.Zero, text);
        Assert.That(text, Does.Not.Contain("(unchanged, skipped)"), "the resubmission is graded again");
        Assert.That(File.ReadAllLines(Path.Combine(output, CanvasExport.FileName))[2], Is.EqualTo(merged), "the hand score survives the regrade");
        var part = ClassGradebook.Load([output]).Rows.Single().Grade.Checks.Single(c => c.Id == "manual/2(a)");
        Assert.That((part.Score, part.Hand?.Comment), Is.EqualTo((1.0, "One input described.")));

        // The same set with 2(a)'s hand share worth 3 points: the TA's 1 of 2 cannot stand.
        var changed = Path.Combine(_root, "lstm-regraded.json");
        File.WriteAllText(changed, File.ReadAllText(Path.Combine(TestPaths.Assignments, "003-char-rnn-and-lstm.json"))
            .Replace("\"id\": \"003-char-rnn-and-lstm\"", "\"id\": \"lstm-regraded\"").Replace("\"$schema\": \"./assignment.schema.json\",", "")
            .Replace("\"total\": 25", "\"total\": 26").Replace("\"points\": 11,", "\"points\": 12,").Replace("\"points\": 6,", "\"points\": 7,")
            .Replace("\"hand\": {\n            \"points\": 2,", "\"hand\": {\n            \"points\": 3,")
            .Replace("{ \"level\": \"all three\", \"points\": 2,", "{ \"level\": \"all three\", \"points\": 3,"));
        (code, text) = Grader(_root, "batch", inbox, "--out", output, "--fixtures", TestPaths.Fixtures, "--assignment", changed, "--problem", "lstm-worked");
        Assert.That(code, Is.Zero, text);
        Assert.That(text, Does.Contain("1 hand score dropped, see the summary")
            .And.Contain("correct: the hand score of part 2(a) (1 / 2, 'some') was dropped on regrading: the part's hand-graded points are now 3, not 2"));
        Assert.That(File.ReadAllText(Path.Combine(output, ClassReport.SummaryFile)), Does.Contain("was dropped on regrading"));
    }

    [Test]
    public void The_late_policy_takes_its_penalty_from_the_submission_times()
    {
        var assignmentFile = Path.Combine(_root, "late-lstm.json");
        File.WriteAllText(assignmentFile, File.ReadAllText(Path.Combine(TestPaths.Assignments, "003-char-rnn-and-lstm.json"))
            .Replace("\"id\": \"003-char-rnn-and-lstm\"", "\"id\": \"late-lstm\"").Replace("\"$schema\": \"./assignment.schema.json\",", "")
            .Replace("\"late_policy\": null", "\"late_policy\": { \"percent_per_day\": 10, \"max_percent\": 30 }"));
        var times = Path.Combine(_root, "times.csv");
        File.WriteAllText(times, "student,submitted_at\ncorrect,2018-04-05T09:00:00-04:00\n");
        var inbox = Path.Combine(_root, "late-inbox");
        CopyTree(TestPaths.Sample("correct"), Path.Combine(inbox, "correct"));
        CopyTree(TestPaths.Sample("gru-transposed"), Path.Combine(inbox, "gru-transposed"));
        var output = Path.Combine(_root, "late");
        string[] args = ["batch", inbox, "--out", output, "--fixtures", TestPaths.Fixtures, "--assignment", assignmentFile, "--problem", "lstm-worked", "--sets", "Public"];

        var (code, text) = Grader(_root, [.. args, "--submission-times", times]);
        Assert.That(code, Is.EqualTo(2), "a times file must list every student");
        Assert.That(text, Does.Contain("--submission-times lists no time for gru-transposed").And.Contain("nothing was graded"));
        Assert.That(Directory.Exists(Path.Combine(output, "correct")), Is.False);

        File.AppendAllText(times, "gru-transposed,2018-04-03T15:00:00Z\n");
        (code, text) = Grader(_root, [.. args, "--submission-times", times]);
        Assert.That(code, Is.Zero, text);
        Assert.That(text, Does.Contain("Late policy: 10 % of the total per started day").And.Contain("correct: 2 days late, −5 points"));
        var gradebook = File.ReadAllLines(Path.Combine(output, GradebookWriter.GradebookFile)).Select(l => l.Split(',')).ToArray();
        string Cell(string student, string column) => gradebook.Single(r => r[0] == student)[Array.IndexOf(gradebook[0], column)];
        Assert.That((Cell("correct", "late_days"), Cell("correct", "late_penalty")), Is.EqualTo(("2", "5")));
        Assert.That((Cell("gru-transposed", "late_days"), Cell("gru-transposed", "late_penalty")), Is.EqualTo(("0", "0")));
        var grade = ClassGradebook.Load([output]).Rows.Single(r => r.Student == "correct").Grade;
        Assert.That(grade.Score, Is.EqualTo(grade.Checks.Sum(c => c.Score) - 5).Within(1e-9));
        Assert.That(File.ReadAllText(Path.Combine(output, "correct", ReportWriter.FeedbackFile)), Does.Contain("Submitted 2 days late: 5 points off by the late policy."));
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
