using System.IO.Compression;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;
using Grader.Core.Grading;

namespace Grader.Tests.Batch;

/// <summary>`grader batch` and `grader merge` as a TA runs them: real processes on a small class.</summary>
[Category(TestTiers.Process)]
public sealed class BatchTests
{
    private static readonly string[] Class = ["correct", "gru-transposed", "gru-compile-error", "hostile-exit-mid-call"];
    /// <summary>Batch behaviour does not depend on which problems are graded: two quick ones, one with the manual item,
    /// keep these tests fast (the training problems would cost a minute per run).</summary>
    private static readonly string[] TwoProblems = ["--problem", "gru-cell", "lstm-worked"];

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
        Assert.That(gradebook[0], Does.StartWith("student,score,max_score,gru-cell,").And.Contain(",gru-cell/public/h_next,").And.Contain(",manual/gru-derivation,"));
        Assert.That(gradebook, Has.Length.EqualTo(6));
        var canvas = File.ReadAllLines(Path.Combine(output, GradebookWriter.CanvasFile));
        Assert.That(canvas[0], Is.EqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Homework"));
        Assert.That(canvas[1], Does.StartWith("Points Possible,"));

        var (again, second) = Batch(output, TwoProblems);
        Assert.That(again, Is.Zero);
        Assert.That(second.Split('\n').Count(l => l.Contains("(unchanged, skipped)")), Is.EqualTo(5));

        File.AppendAllText(Path.Combine(_inbox, "gru-transposed", "GruCell.cs"), "\n// a late edit\n");
        var (_, third) = Batch(output, TwoProblems);
        Assert.That(third.Split('\n').Count(l => l.Contains("(unchanged, skipped)")), Is.EqualTo(4), "only the changed submission is graded again");
    }

    [Test]
    public void Shards_split_the_class_and_merge_joins_them_with_manual_scores()
    {
        var shards = new[] { "1/2", "2/2" }.Select(s => Path.Combine(_root, "shard" + s[0])).ToArray();
        for (var i = 0; i < 2; i++)
        {
            var (code, text) = Batch(shards[i], [.. TwoProblems, "--shard", $"{i + 1}/2"]);
            Assert.That(code, Is.Zero, text);
        }
        var graded = shards.SelectMany(s => ClassGradebook.Load([s]).Rows.Select(r => r.Student)).Order().ToArray();
        Assert.That(graded, Is.EqualTo(new[] { "correct", "gru-compile-error", "gru-transposed", "hostile-exit-mid-call", "zipped" }), "each student in exactly one shard");

        var sheet = Path.Combine(_root, "manual.csv");
        File.WriteAllText(sheet, "student,item,score,comment\ncorrect,gru-derivation,2,Complete.\n");
        var merged = Path.Combine(_root, "merged");
        var (exitCode, output) = Grader(_root, "merge", shards[0], shards[1], "--out", merged, "--manual", sheet);
        Assert.That(exitCode, Is.Zero, output);
        var correct = ClassGradebook.Load([merged]).Rows.Single(r => r.Student == "correct").Grade;
        var item = correct.Checks.Single(c => c.Id == "manual/gru-derivation");
        Assert.That(item.Score, Is.EqualTo(2));
        Assert.That(item.Message, Is.EqualTo("Complete."));
        Assert.That(File.ReadAllText(Path.Combine(merged, "correct", ReportWriter.ResultsFile)), Does.Contain("Complete."));
    }

    [Test]
    public void Merge_refuses_unknown_students_and_items_and_scores_above_the_maximum_and_writes_nothing()
    {
        var output = Path.Combine(_root, "refuse");
        Assert.That(Batch(output, "--problem", "gru-cell", "--sets", "Public").ExitCode, Is.Zero);
        var before = File.ReadAllText(Path.Combine(output, "correct", ReportWriter.ResultsFile));
        var sheet = Path.Combine(_root, "bad.csv");
        File.WriteAllText(sheet, "student,item,score\nnobody,gru-derivation,1\ncorrect,essay,1\ncorrect,gru-derivation,3\ncorrect,gru-derivation,1\n");
        var (exitCode, text) = Grader(_root, "merge", output, "--out", output, "--manual", sheet);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(text, Does.Contain("no student 'nobody'").And.Contain("no manual item 'essay'").And.Contain("outside 0…2")
            .And.Contain("scored more than once").And.Contain("nothing was written"));
        Assert.That(File.ReadAllText(Path.Combine(output, "correct", ReportWriter.ResultsFile)), Is.EqualTo(before));
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
