using Grader.Core.Numerics;

namespace Grader.Core.Fixtures;

/// <summary>One golden case of a problem: the inputs given to student code, the expected outputs, and the
/// outputs of known wrong implementations, used to name a student's likely mistake.</summary>
public sealed record Fixture
{
    public required string Problem { get; init; }

    public required string Case { get; init; }

    public required long Seed { get; init; }

    public required IReadOnlyDictionary<string, NumericArray> Inputs { get; init; }

    public required IReadOnlyDictionary<string, NumericArray> Expected { get; init; }

    /// <summary>Mistake name → the outputs that mistake produces (only those it changes).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, NumericArray>> Mistakes { get; init; }
}
