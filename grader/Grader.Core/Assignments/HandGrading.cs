using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>The share of a part a TA grades by hand: what the student hands in, and the rubric's levels.</summary>
/// <param name="What">What is graded, e.g. "the derivation of ∂J/∂U, ∂J/∂V, ∂J/∂w".</param>
/// <param name="Problem">The problem the reports file it under (default: the part's first machine-checked problem, or the
/// assignment's first).</param>
public sealed record HandGrading(
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("what")] string What,
    [property: JsonPropertyName("rubric")] IReadOnlyList<RubricLevel> Rubric,
    [property: JsonPropertyName("problem")] string? Problem = null)
{
    public RubricLevel? Level(string name) =>
        Rubric.FirstOrDefault(l => string.Equals(l.Level, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
