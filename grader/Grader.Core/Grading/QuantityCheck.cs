using System.Text;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Core.Grading;

/// <summary>Scores one quantity over every case of a fixture set: all cases must pass for the points.</summary>
public static class QuantityCheck
{
    private const int CasesDetailed = 3;

    public static CheckResult Evaluate(
        IProblem problem,
        QuantitySpec spec,
        FixtureSet set,
        IReadOnlyList<Fixture> fixtures,
        IReadOnlyList<CaseOutcome> outcomes)
    {
        var failures = new List<(Fixture Fixture, CheckStatus Status, string Detail, string? Mistake)>();
        for (var i = 0; i < fixtures.Count; i++)
        {
            var (status, detail, mistake) = EvaluateCase(problem, spec, fixtures[i], outcomes[i]);
            if (status != CheckStatus.Passed)
            {
                failures.Add((fixtures[i], status, detail, mistake));
            }
        }

        var id = CheckResult.MakeId(problem.Id, set, spec.Name);
        if (failures.Count == 0)
        {
            return new CheckResult(id, problem.Id, spec.Name, set, CheckStatus.Passed, spec.Points, spec.Points, "");
        }

        var message = new StringBuilder(
            $"{spec.Name} ({spec.Description}): {failures[0].Status.Describe()} in {failures.Count} of {fixtures.Count} cases.");
        foreach (var failure in failures.Take(CasesDetailed))
        {
            message.Append($"\n- case {failure.Fixture.Case}: {failure.Detail}");
        }
        if (failures.Count > CasesDetailed)
        {
            message.Append($"\n- … and {failures.Count - CasesDetailed} more cases.");
        }
        var matched = failures.Select(f => f.Mistake).FirstOrDefault(m => m is not null);
        if (matched is not null)
        {
            message.Append($"\nLikely mistake: {matched}.");
            if (problem.MistakeHints.TryGetValue(matched, out var hint))
            {
                message.Append($" {hint}");
            }
        }
        return new CheckResult(id, problem.Id, spec.Name, set, failures[0].Status, 0, spec.Points, message.ToString(), matched);
    }

    private static (CheckStatus Status, string Detail, string? Mistake) EvaluateCase(
        IProblem problem, QuantitySpec spec, Fixture fixture, CaseOutcome caseOutcome)
    {
        var outcome = caseOutcome.Quantities[spec.Name];
        if (!outcome.HasValue)
        {
            return (outcome.Failure.Status, outcome.Failure.Message, null);
        }
        if (!fixture.Expected.TryGetValue(spec.Name, out var expected))
        {
            return (CheckStatus.FixtureError, $"the fixture has no expected value for {spec.Name}; regenerate the fixtures.", null);
        }

        var comparison = AllClose.Compare(expected, outcome.Value, spec.Tolerance);
        var status = comparison.Kind switch
        {
            ComparisonKind.Close => CheckStatus.Passed,
            ComparisonKind.ShapeMismatch => CheckStatus.ShapeMismatch,
            ComparisonKind.NotFinite => CheckStatus.NotFinite,
            _ => CheckStatus.Wrong,
        };
        return status == CheckStatus.Passed
            ? (status, "", null)
            : (status, comparison.Describe(), MistakeMatcher.Match(problem, fixture, spec.Name, caseOutcome));
    }
}
