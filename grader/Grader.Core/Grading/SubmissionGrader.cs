using System.Text;
using Grader.Core.Assignments;
using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Grader.Core.Grading;

/// <summary>Grades a submission: every problem of the catalogue, on every case of the chosen fixture sets, in an
/// assignment's parts and points when it has one.</summary>
/// <param name="assignment">The assignment whose parts and points the grade is given in; null for a practice set
/// (every problem of <paramref name="catalog"/>, in the checks' own points).</param>
public sealed class SubmissionGrader(ProblemCatalog catalog, FixtureStore fixtures, IReadOnlyList<FixtureSet> sets, AssignmentPlan? assignment = null)
{
    /// <summary>How much of what a problem's calls printed the feedback keeps.</summary>
    public const int OutputCapChars = 64 * 1024;

    public ProblemCatalog Catalog => catalog;

    public IReadOnlyList<FixtureSet> Sets => sets;

    public AssignmentPlan? Assignment => assignment;

    /// <summary>Whether failed checks get a diagnosis (<see cref="CheckDiagnoser"/>), which may call student code again.</summary>
    public bool Diagnose { get; init; } = true;

    /// <summary>Whether a problem's fixture set stops at the first case that loses a point, leaving the checks of later
    /// cases out: for a caller that only asks whether anything is lost (selfcheck), a training case saved per mutant.</summary>
    public bool StopAtFirstLoss { get; init; }

    /// <param name="afterEachProblem">Called with the grade so far after each problem, e.g. to write partial results
    /// that survive a killed run.</param>
    public SubmissionGrade Grade(
        string submission,
        ISubmissionExecutor executor,
        IReadOnlyList<string>? notes = null,
        Action<SubmissionGrade>? afterEachProblem = null,
        CancellationToken cancel = default)
    {
        var checks = new List<CheckResult>();
        var output = new Dictionary<string, string>();
        foreach (var problem in catalog.Problems)
        {
            var printed = new StringBuilder();
            foreach (var set in sets)
            {
                cancel.ThrowIfCancellationRequested();
                checks.AddRange(GradeSet(problem, set, executor, printed));
            }
            if (printed.Length > OutputCapChars)
            {
                var cut = printed.Length - OutputCapChars;
                printed.Length = OutputCapChars;
                printed.Append($"\n[… {cut} more characters cut: the feedback keeps {OutputCapChars / 1024} KiB of output per problem]\n");
            }
            if (printed.Length > 0)
            {
                output[problem.Id] = printed.ToString();
            }
            afterEachProblem?.Invoke(InPoints(new SubmissionGrade
            {
                Submission = submission, Checks = checks.ToArray(), Notes = notes ?? [], Output = new Dictionary<string, string>(output),
            }));
        }
        return InPoints(new SubmissionGrade { Submission = submission, Checks = checks, Notes = notes ?? [], Output = output });
    }

    private SubmissionGrade InPoints(SubmissionGrade grade) => assignment?.Apply(grade) ?? grade;

    /// <summary>Every check this grader would run, all ending in <paramref name="status"/>: for a submission that never ran.</summary>
    public SubmissionGrade FailAll(string submission, CheckStatus status, string message, IReadOnlyList<string>? notes = null)
    {
        var checks = catalog.Problems
            .SelectMany(problem => sets.SelectMany(set => problem.Quantities.Select(q =>
                new CheckResult(CheckResult.MakeId(problem.Id, set, q.Name), problem.Id, q.Name, set, status, 0, q.Points, message))))
            .ToArray();
        return InPoints(new SubmissionGrade { Submission = submission, Checks = checks, Notes = notes ?? [] });
    }

    private IEnumerable<CheckResult> GradeSet(IProblemModule problem, FixtureSet set, ISubmissionExecutor executor, StringBuilder printed)
    {
        IReadOnlyList<Fixture> cases;
        try
        {
            cases = fixtures.Load(set, problem.Id);
        }
        catch (FixtureException e)
        {
            return problem.Quantities.Select(q => new CheckResult(
                CheckResult.MakeId(problem.Id, set, q.Name), problem.Id, q.Name, set, CheckStatus.NotGraded, 0, q.Points,
                $"Not graded: the grader could not load its fixtures, so this check did not run ({e.Message}). This is the grader's fault, not yours."));
        }

        var outcomes = new List<CaseOutcome>(cases.Count);
        foreach (var fixture in cases)
        {
            // What student code produced, measured here in the grader's process, never where that code runs.
            var outcome = problem.Measure(fixture.Inputs, executor.Run(new ProblemCall(problem.Id, fixture.Case, fixture.Inputs)));
            if (outcome.Output.Length > 0)
            {
                printed.Append($"--- {set.ToString().ToLowerInvariant()}/{fixture.Case}\n").Append(outcome.Output);
            }
            outcomes.Add(outcome);
            if (StopAtFirstLoss && outcomes.Count < cases.Count && LostSoFar(problem, set, cases.Take(outcomes.Count).ToArray(), outcomes) is { } lost)
            {
                return lost;
            }
        }
        var checks = problem.Quantities.Select(q => QuantityCheck.Evaluate(problem, q, set, cases, outcomes)).ToArray();
        if (!Diagnose)
        {
            return checks;
        }
        try
        {
            return new CheckDiagnoser().Diagnose(problem, cases, outcomes, checks, executor);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // A diagnosis only explains; when it fails the checks stand as scored, without it.
            return checks.Select(c => c.Passed ? c : c with { Message = c.Message + $"\n(The grader's diagnosis of this check failed: {e.Message}.)" });
        }
    }

    /// <summary>The checks the cases graded so far bear on, when one of them already fails; otherwise null.</summary>
    private static CheckResult[]? LostSoFar(IProblemModule problem, FixtureSet set, IReadOnlyList<Fixture> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        var checks = problem.Quantities.Where(q => cases.Any(c => q.Applies(c.Inputs)))
            .Select(q => QuantityCheck.Evaluate(problem, q, set, cases, outcomes)).ToArray();
        return checks.Any(c => !c.Passed) ? checks : null;
    }
}
