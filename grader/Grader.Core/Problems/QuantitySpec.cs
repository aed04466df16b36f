using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Reports;

namespace Grader.Core.Problems;

/// <summary>One output a problem grades as its own check, on every case of a fixture set.</summary>
/// <param name="Name">The fixture's key, the symbol of the problem text (e.g. <c>dWh</c>).</param>
/// <param name="Description">What it is, in a few words (e.g. "∂L/∂Wh").</param>
/// <param name="Points">Points for this check in each fixture set.</param>
public sealed record QuantitySpec(string Name, string Description, double Points, Tolerance Tolerance)
{
    public QuantitySpec(string name, string description, double points)
        : this(name, description, points, Tolerance.Default)
    {
    }

    /// <summary>What the value must satisfy instead of being close to the expected one; null (the default) means
    /// close to the expected value within <see cref="Tolerance"/>.</summary>
    public ICheckCriterion? Criterion { get; init; }

    /// <summary>What the value must satisfy, judged with the whole case (its inputs and the submission's other outputs);
    /// it takes precedence over <see cref="Criterion"/>. Null (the default) for none.</summary>
    public ICaseCriterion? CaseCriterion { get; init; }

    /// <summary>Whether a criterion judges the value, so that no expected value is compared with it.</summary>
    public bool IsJudged => Criterion is not null || CaseCriterion is not null;

    /// <summary>Figures of the submission's value shown in the feedback, passed or not; null for none.</summary>
    public IQuantityPlot? Plot { get; init; }

    /// <summary>Which cases the check runs on, from their inputs; null (the default) means every case.</summary>
    public Func<IReadOnlyDictionary<string, NumericArray>, bool>? AppliesTo { get; init; }

    /// <summary>A case's sequence length, from its inputs, for quantities whose cases sweep the length: a failure then
    /// says the shortest length at which the value first disagrees. Null when lengths do not matter.</summary>
    public Func<IReadOnlyDictionary<string, NumericArray>, int>? SequenceLength { get; init; }

    /// <summary>Whether the check runs on a case with these inputs.</summary>
    public bool Applies(IReadOnlyDictionary<string, NumericArray> inputs) => AppliesTo?.Invoke(inputs) ?? true;
}
