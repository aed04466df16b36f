using System.Text;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Core.Grading;

/// <summary>Scores one quantity over every case of a fixture set: all cases must pass for the points.</summary>
internal static class QuantityCheck
{
    private const int CasesDetailed = 3;

    public static CheckResult Evaluate(
        IProblemModule problem,
        QuantitySpec spec,
        FixtureSet set,
        IReadOnlyList<Fixture> fixtures,
        IReadOnlyList<CaseOutcome> outcomes)
    {
        var id = CheckResult.MakeId(problem.Id, set, spec.Name);
        var cases = fixtures.Zip(outcomes).Where(c => spec.Applies(c.First.Inputs)).ToArray();
        if (cases.Length == 0)
        {
            return new CheckResult(id, problem.Id, spec.Name, set, CheckStatus.NotGraded, 0, spec.Points,
                $"No {set.ToString().ToLowerInvariant()} case exercises {spec.Name}; regenerate the fixtures.");
        }

        var failures = new List<(Fixture Fixture, CheckStatus Status, string Detail, string? Mistake)>();
        var plots = new List<CheckPlot>();
        var sweep = new List<(Fixture Fixture, int Length, bool Passed)>();
        foreach (var (fixture, outcome) in cases)
        {
            var (status, detail, mistake) = EvaluateSafely(problem, spec, fixture, outcome);
            if (status != CheckStatus.Passed)
            {
                failures.Add((fixture, status, detail, mistake));
            }
            // NaN and ∞ come from overflow (large logits, say), not from the length: they stay out of the sweep.
            if (spec.SequenceLength is { } length && status != CheckStatus.NotFinite)
            {
                sweep.Add((fixture, length(fixture.Inputs), status == CheckStatus.Passed));
            }
            if (spec.Plot is not null && outcome.Quantities.TryGetValue(spec.Name, out var value) && value.HasValue)
            {
                plots.AddRange(spec.Plot.Draw(fixture, value.Value, fixture.Expected.GetValueOrDefault(spec.Name)));
            }
        }

        if (failures.Count == 0)
        {
            return new CheckResult(id, problem.Id, spec.Name, set, CheckStatus.Passed, spec.Points, spec.Points, "") { Plots = plots };
        }

        var message = new StringBuilder(
            $"{spec.Name} ({spec.Description}): {failures[0].Status.Describe()} in {failures.Count} of {cases.Length} cases.");
        if ((spec.CaseCriterion?.Description ?? spec.Criterion?.Description) is { } criterion)
        {
            message.Append($" It must satisfy: {criterion}.");
        }
        foreach (var failure in failures.Take(CasesDetailed))
        {
            message.Append($"\n- case {failure.Fixture.Case}: {failure.Detail}");
        }
        if (failures.Count > CasesDetailed)
        {
            message.Append($"\n- … and {failures.Count - CasesDetailed} more cases.");
        }
        if (LengthSweep.Describe(sweep) is { } sweepText)
        {
            message.Append('\n').Append(sweepText);
        }
        // The mistake that explains the most failing cases: on a small case two mistakes can give the same wrong value.
        var matched = failures.Select(f => f.Mistake).OfType<string>()
            .GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (matched is not null)
        {
            message.Append($"\nLikely mistake: {matched}.");
            if (problem.MistakeHints.TryGetValue(matched, out var hint))
            {
                message.Append($" {hint}");
            }
        }
        return new CheckResult(id, problem.Id, spec.Name, set, failures[0].Status, 0, spec.Points, message.ToString(), matched) { Plots = plots };
    }

    /// <summary>The criterion's verdict; a criterion that cannot make sense of a student's value (an odd shape it did not
    /// foresee) fails the check with the reason instead of stopping the grade.</summary>
    private static CriterionVerdict Judge(QuantitySpec spec, Fixture fixture, CaseOutcome caseOutcome, NumericArray value)
    {
        try
        {
            return spec.CaseCriterion is { } caseCriterion
                ? caseCriterion.Judge(new CaseEvidence(spec.Name, fixture.Inputs, Produced(caseOutcome), fixture.Expected))
                : spec.Criterion!.Judge(value, fixture.Expected.GetValueOrDefault(spec.Name));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CriterionVerdict(CheckStatus.NotGraded, GraderFault(spec, e));
        }
    }

    /// <summary>The grader's fault never becomes the student's: a comparison that throws leaves the check not graded.</summary>
    private static (CheckStatus Status, string Detail, string? Mistake) EvaluateSafely(
        IProblemModule problem, QuantitySpec spec, Fixture fixture, CaseOutcome caseOutcome)
    {
        try
        {
            return EvaluateCase(problem, spec, fixture, caseOutcome);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (CheckStatus.NotGraded, GraderFault(spec, e), null);
        }
    }

    private static string GraderFault(QuantitySpec spec, Exception e) =>
        $"the grader could not judge {spec.Name} ({e.GetType().Name}: {e.Message}); this is the grader's fault, not yours, and the check will be graded again.";

    private static (CheckStatus Status, string Detail, string? Mistake) EvaluateCase(
        IProblemModule problem, QuantitySpec spec, Fixture fixture, CaseOutcome caseOutcome)
    {
        var outcome = caseOutcome.Quantities[spec.Name];
        if (!outcome.HasValue)
        {
            return (outcome.Failure.Status, outcome.Failure.Message, null);
        }
        if (spec.IsJudged)
        {
            var verdict = Judge(spec, fixture, caseOutcome, outcome.Value);
            // A criterion may recognise a mistake itself; otherwise a wrong value is matched against the recorded ones.
            var mistake = verdict.Status == CheckStatus.Wrong
                ? verdict.Mistake ?? MistakeMatcher.Match(problem, fixture, spec.Name, caseOutcome)
                : null;
            return (verdict.Status, verdict.Detail, mistake);
        }
        if (!fixture.Expected.TryGetValue(spec.Name, out var expected))
        {
            return (CheckStatus.NotGraded, $"the fixture has no expected value for {spec.Name}; regenerate the fixtures.", null);
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

    private static Dictionary<string, NumericArray> Produced(CaseOutcome outcome) =>
        outcome.Quantities.Where(q => q.Value.HasValue).ToDictionary(q => q.Key, q => q.Value.Value!);
}
