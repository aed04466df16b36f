using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Core.Diagnosis;

/// <summary>Adds to a problem's failed checks what a student needs to find the error: forward or backward, where in a
/// matrix or sequence, which gate, and where the first NaN or ∞ came from. It never changes a status or a score.</summary>
/// <remarks>Cost: one differentiation request per failing case involved, at most <see cref="ProbeSelection.MaxProbes"/>
/// pairs of forward passes per wrong gradient, each request under a time limit like every other runner call.</remarks>
internal sealed class CheckDiagnoser
{
    public IReadOnlyList<CheckResult> Diagnose(
        IProblemModule problem, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes, IReadOnlyList<CheckResult> checks,
        ISubmissionExecutor executor)
    {
        var specs = problem.Quantities.ToDictionary(q => q.Name);
        var failed = checks.Where(c => !c.Passed && specs.TryGetValue(c.Quantity, out var s) && !s.IsJudged).ToArray();
        if (failed.Length == 0)
        {
            return checks;
        }
        var notes = failed.ToDictionary(c => c.Quantity, _ => new List<string>());
        var plots = failed.ToDictionary(c => c.Quantity, _ => new List<CheckPlot>());

        var wrong = failed.Where(c => c.Status == CheckStatus.Wrong).Select(c => c.Quantity).ToArray();
        var verdicts = new ForwardOrBackward().Diagnose(problem, fixtures, outcomes, wrong, executor);
        foreach (var quantity in wrong)
        {
            if (FailingCase.Drawable(specs[quantity], fixtures, outcomes) is { } drawn)
            {
                if (ErrorMap.Where(specs[quantity], drawn) is { } where)
                {
                    notes[quantity].Add(where);
                }
                if (ErrorMap.Heatmap(specs[quantity], drawn) is { } heatmap)
                {
                    plots[quantity].Add(heatmap);
                }
            }
            if (FailingCase.Smallest(specs[quantity], fixtures, outcomes) is not { } failing)
            {
                continue;
            }
            if (problem.LocateError(quantity, failing, specs[quantity].Tolerance) is { } located)
            {
                notes[quantity].Add(located);
            }
            if (verdicts.TryGetValue(quantity, out var verdict))
            {
                notes[quantity].Add(verdict);
            }
        }

        if (problem.Gates is { } gates &&
            gates.Summary(q => Judgement(checks.FirstOrDefault(c => c.Quantity == q))) is { } bygate)
        {
            foreach (var check in failed.Where(c => gates.Covers(c.Quantity) && Judgement(c) == false))
            {
                notes[check.Quantity].Add(bygate);
            }
        }

        foreach (var check in failed.Where(c => c.Status == CheckStatus.NotFinite))
        {
            if (FirstNonFinite.Describe(problem, check.Quantity, fixtures, outcomes) is { } first)
            {
                notes[check.Quantity].Add(first);
            }
        }

        return checks.Select(c => notes.TryGetValue(c.Quantity, out var lines) && (lines.Count > 0 || plots[c.Quantity].Count > 0)
            ? c with { Message = string.Join("\n", [c.Message, .. lines]), Plots = [.. c.Plots, .. plots[c.Quantity]] }
            : c).ToArray();
    }

    /// <summary>Passed: true; a value that is wrong (off, of the wrong shape, NaN): false; no value to judge: null.</summary>
    private static bool? Judgement(CheckResult? check) => check?.Status switch
    {
        CheckStatus.Passed => true,
        CheckStatus.Wrong or CheckStatus.ShapeMismatch or CheckStatus.NotFinite => false,
        _ => null,
    };
}
