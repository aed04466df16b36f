using System.Text.RegularExpressions;
using Grader.Core.Reports;

namespace Grader.Tests.Assignments;

/// <summary>`grader grade --assignment` and `grader assignments` as an instructor runs them.</summary>
[Category(TestTiers.Process)]
public sealed class AssignmentCommandTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("assignment-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_root, recursive: true);

    private (int ExitCode, string Output) Grader(params string[] args) =>
        Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args], TestPaths.Root);

    [Test]
    public void A_broken_assignment_is_refused_with_its_errors_and_nothing_is_graded()
    {
        var file = Path.Combine(_root, "broken.json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(TestPaths.Assignments, "004-gru-cell.json"))
            .Replace("\"total\": 100", "\"total\": 90").Replace("\"gru-cell/h_next\"", "\"gru-cell/h_nxt\""));
        var output = Path.Combine(_root, "out");
        var (exitCode, text) = Grader("grade", TestPaths.Sample("correct"), "--assignment", file, "--out", output);
        Assert.That(exitCode, Is.EqualTo(2), text);
        Assert.That(text, Does.Contain("nothing was graded").And.Contain($"{file}:7: the parts add up to 100, not the total 90")
            .And.Match($@"{Regex.Escape(file)}:\d+: no check 'gru-cell/h_nxt'"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void The_answer_key_scores_the_machine_total_of_the_gru_assignment()
    {
        var output = Path.Combine(_root, "out");
        var (exitCode, text) = Grader("grade", TestPaths.Sample("correct"), "--assignment", "004-gru-cell", "--out", output);
        Assert.That(exitCode, Is.EqualTo(0), text);
        var results = GradescopeResults.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
        Assert.That((results.Score, results.MaxScore), Is.EqualTo((100.0, 100.0)));
        Assert.That(results.Tests.Where(t => t.Tags.Contains("2.2")).Sum(t => t.MaxScore), Is.EqualTo(70).Within(1e-3));
        Assert.That(results.Tests.Where(t => t.Tags.Contains("hidden")).Select(t => t.Visibility).Distinct(), Is.EqualTo(new[] { "after_due_date" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "feedback.md")), Does.Contain("| 2.2 | GRU Cell Backward | machine | 70 / 70 |"));
    }

    [Test]
    public void Assignments_lists_the_five_sets()
    {
        var (exitCode, text) = Grader("assignments");
        Assert.That(exitCode, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain("000-nback-rnn").And.Contain("60 points").And.Contain("004-gru-cell"));
    }
}
