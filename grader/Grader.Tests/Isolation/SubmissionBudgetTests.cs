using System.Diagnostics;
using Grader.Core.Reports;

namespace Grader.Tests.Isolation;

/// <summary>A submission never holds a batch past its time budget: what is left when it is spent is "not graded".</summary>
[Category(TestTiers.Process)]
public sealed class SubmissionBudgetTests
{
    [Test]
    public void A_hanging_submission_stops_at_its_budget_and_the_rest_is_not_graded()
    {
        var output = Directory.CreateTempSubdirectory("budget-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var (exitCode, text) = Processes.Run("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "grade", TestPaths.Sample("hostile-infinite-loop"), "--problem", "gru-cell",
                    "--submission-budget", "3", "--out", output, "--fixtures", TestPaths.Fixtures], TestPaths.Root);
            var elapsed = clock.Elapsed;
            Assert.That(exitCode, Is.EqualTo(3), text);
            var results = GradescopeResults.Parse(File.ReadAllText(Path.Combine(output, "results.json")));
            var notGraded = results.Tests.Where(t => t.ExtraData["outcome"] == "not_graded").ToArray();
            Assert.That(notGraded, Is.Not.Empty);
            Assert.That(notGraded.Select(t => t.Output), Has.All.Contain("time budget (0.1 min) was spent"));
            // Compiling and starting the process come on top of the budget; a run of every call's limit would take 45 s.
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), text);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
