namespace Grader.Core.Execution;

/// <summary>Everything student code produced for one fixture case: one outcome per output quantity, and what it printed.</summary>
public sealed record CaseOutcome(IReadOnlyDictionary<string, QuantityOutcome> Quantities, string Output)
{
    /// <summary>The same failure for every quantity: the call as a whole did not finish (a crash, a timeout, no implementation).</summary>
    public static CaseOutcome AllFailed(IEnumerable<string> quantities, StudentFailure failure, string output = "") =>
        new(quantities.ToDictionary(q => q, _ => QuantityOutcome.Failed(failure)), output);
}
