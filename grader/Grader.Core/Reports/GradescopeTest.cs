using System.Text.Json.Serialization;

namespace Grader.Core.Reports;

/// <summary>One entry of results.json's <c>tests</c> array, in Gradescope's schema.</summary>
public sealed record GradescopeTest
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("number")]
    public required string Number { get; init; }

    [JsonPropertyName("score")]
    public required double Score { get; init; }

    [JsonPropertyName("max_score")]
    public required double MaxScore { get; init; }

    /// <summary>Gradescope knows only "passed" and "failed"; the precise status is in <see cref="ExtraData"/>. None for a
    /// hand-graded part: Gradescope then shows its score alone.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonPropertyName("output")]
    public required string Output { get; init; }

    [JsonPropertyName("output_format")]
    public string OutputFormat { get; init; } = "md";

    [JsonPropertyName("tags")]
    public required IReadOnlyList<string> Tags { get; init; }

    [JsonPropertyName("visibility")]
    public required string Visibility { get; init; }

    [JsonPropertyName("extra_data")]
    public required IReadOnlyDictionary<string, string> ExtraData { get; init; }
}
