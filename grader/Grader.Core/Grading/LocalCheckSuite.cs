using System.Reflection;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Grader.Core.Grading;

/// <summary>The grader's checks on the public fixtures, run in-process on a student's own Homework assembly:
/// what the student template's tests run, so that a student sees exactly what the grader will say.</summary>
public sealed class LocalCheckSuite
{
    private readonly Lazy<IReadOnlyDictionary<string, CheckResult>> _results;

    public LocalCheckSuite(Assembly homework, FixtureStore fixtures, ProblemCatalog catalog)
    {
        _results = new Lazy<IReadOnlyDictionary<string, CheckResult>>(() =>
        {
            var grader = new SubmissionGrader(catalog, fixtures, [FixtureSet.Public]);
            using var executor = new InProcessExecutor(homework, catalog);
            return grader.Grade(homework.GetName().Name ?? "Homework", executor).Checks.ToDictionary(c => c.Id);
        });
    }

    /// <summary>The ids of every public check, known without running anything (for test discovery).</summary>
    public static IEnumerable<string> PlannedIds(ProblemCatalog catalog) =>
        catalog.Problems.SelectMany(p => p.Quantities.Select(q => CheckResult.MakeId(p.Id, FixtureSet.Public, q.Name)));

    /// <summary>Runs every check the first time it is asked, then answers from the results.</summary>
    public CheckResult Result(string id) =>
        _results.Value.TryGetValue(id, out var result)
            ? result
            : throw new KeyNotFoundException($"No check {id}.");
}
