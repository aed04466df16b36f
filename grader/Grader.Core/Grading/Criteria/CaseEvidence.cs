using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>What an <see cref="ICaseCriterion"/> sees of one case: the inputs given to the submission, every output it
/// produced (outputs it failed to produce are absent), and the fixture's expected values.</summary>
public sealed record CaseEvidence(
    string Quantity,
    IReadOnlyDictionary<string, NumericArray> Inputs,
    IReadOnlyDictionary<string, NumericArray> Outputs,
    IReadOnlyDictionary<string, NumericArray> Expected)
{
    /// <summary>The judged quantity's value.</summary>
    public NumericArray Actual => Outputs[Quantity];
}
