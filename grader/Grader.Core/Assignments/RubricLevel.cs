using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>One level of a hand-graded part's rubric: its name (what a TA writes in scores.csv), points and meaning.</summary>
public sealed record RubricLevel(
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("description")] string Description);
