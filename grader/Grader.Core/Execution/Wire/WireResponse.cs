namespace Grader.Core.Execution.Wire;

/// <summary>Runner → parent: the outcome of a call and what the student's code printed through Console.</summary>
public sealed record WireResponse(Dictionary<string, WireOutcome> Quantities, string Output)
{
    public CaseOutcome ToOutcome() => new(Quantities.ToDictionary(q => q.Key, q => q.Value.ToOutcome()), Output);
}
