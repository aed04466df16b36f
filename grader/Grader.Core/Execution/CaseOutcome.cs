using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Everything student code produced for one fixture case: one outcome per output quantity, and what it printed.</summary>
/// <remarks>Besides the problem's quantities, a module's <see cref="Problems.IProblemModule.Invoke"/> may record raw
/// values under other names (the images a generator drew, the weights of a training step) for the grader to measure or
/// judge in its own process: <see cref="Problems.IProblemModule.Measure"/> and the case criteria read them.</remarks>
public sealed record CaseOutcome(IReadOnlyDictionary<string, QuantityOutcome> Quantities, string Output)
{
    /// <summary>The same failure for every quantity: the call as a whole did not finish (a crash, a timeout, no implementation).</summary>
    public static CaseOutcome AllFailed(IEnumerable<string> quantities, StudentFailure failure, string output = "") =>
        new(quantities.ToDictionary(q => q, _ => QuantityOutcome.Failed(failure)), output);

    /// <summary>The value recorded under <paramref name="name"/>; null when there is none or it failed.</summary>
    public Numerics.NumericArray? ValueOf(string name) =>
        Quantities.TryGetValue(name, out var outcome) && outcome.HasValue ? outcome.Value : null;

    /// <summary>This outcome with the grader's own <paramref name="measured"/> outcomes in place of whatever was recorded
    /// under their names, and without the raw values in <paramref name="consumed"/>.</summary>
    public CaseOutcome WithMeasured(IReadOnlyDictionary<string, QuantityOutcome> measured, params string[] consumed)
    {
        var quantities = Quantities.Where(q => !consumed.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        foreach (var (name, outcome) in measured)
        {
            quantities[name] = outcome;
        }
        return this with { Quantities = quantities };
    }

    /// <summary>This outcome when the raw values the grader measures <paramref name="quantities"/> from are missing: each
    /// keeps the failure recorded for it (the step of student code that failed), and a value recorded for one, which the
    /// runner never computes, is refused.</summary>
    public CaseOutcome Unmeasured(IEnumerable<string> quantities, string from) =>
        WithMeasured(quantities.ToDictionary(q => q, q => Quantities.TryGetValue(q, out var recorded) && !recorded.HasValue
            ? recorded
            : QuantityOutcome.Failed(new StudentFailure(CheckStatus.NotImplemented, $"{q} was not produced: the grader measures it from {from}, which is missing."))));
}
