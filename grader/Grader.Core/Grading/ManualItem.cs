using System.Text.Json.Serialization;

namespace Grader.Core.Grading;

/// <summary>A rubric item a TA scores by hand, e.g. a written derivation.</summary>
public sealed record ManualItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("problem")] string Problem,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("max_score")] double MaxScore)
{
    public string CheckId => CheckResult.ManualPrefix + Id;

    /// <summary>The item as a check not yet scored.</summary>
    public CheckResult Pending() => new(CheckId, Problem, Name, Fixtures.FixtureSet.Public, CheckStatus.Manual, 0, MaxScore,
        "To be scored by a TA.");
}
