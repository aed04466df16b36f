using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;
using Grader.Core.Grading;

namespace Grader.Core.Reports;

/// <summary>results.json in Gradescope's autograder schema. Holds no timings, so grading twice gives the same bytes.</summary>
public sealed record GradescopeResults
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
    };

    [JsonPropertyName("score")]
    public required double Score { get; init; }

    [JsonPropertyName("max_score")]
    public required double MaxScore { get; init; }

    [JsonPropertyName("output")]
    public required string Output { get; init; }

    [JsonPropertyName("output_format")]
    public string OutputFormat { get; init; } = "md";

    [JsonPropertyName("visibility")]
    public string Visibility { get; init; } = "visible";

    [JsonPropertyName("stdout_visibility")]
    public string StdoutVisibility { get; init; } = "hidden";

    [JsonPropertyName("tests")]
    public required IReadOnlyList<GradescopeTest> Tests { get; init; }

    public static GradescopeResults From(SubmissionGrade grade) => new()
    {
        Score = Round(grade.Score),
        MaxScore = Round(grade.MaxScore),
        Output = string.Join("\n", grade.Notes),
        Tests = grade.Checks.Select((check, i) => new GradescopeTest
        {
            Name = check.Name,
            Number = (i + 1).ToString(CultureInfo.InvariantCulture),
            Score = Round(check.Score),
            MaxScore = Round(check.MaxScore),
            // A hand-graded part is neither passed nor failed: Gradescope then shows its score alone.
            Status = check.IsManual ? null : check.Passed ? "passed" : "failed",
            Output = check.IsManual ? HandOutput(check) : check.Passed ? "" : check.Message,
            Tags = check.Part is null ? [check.Problem, Set(check)] : [check.Problem, Set(check), check.Part],
            // Hidden checks show when the assignment says (after the due date, or once grades are published).
            Visibility = check.Set == FixtureSet.Public ? Assignment.PublicVisibility : grade.Assignment?.HiddenVisibility ?? "after_published",
            ExtraData = Extra(check),
        }).ToArray(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static GradescopeResults Parse(string json) =>
        JsonSerializer.Deserialize<GradescopeResults>(json, Options) ?? throw new JsonException("results.json is null");

    private static Dictionary<string, string> Extra(CheckResult check)
    {
        var extra = new Dictionary<string, string> { ["id"] = check.Id, ["outcome"] = check.Status.Code() };
        if (check.Mistake is not null)
        {
            extra["mistake"] = check.Mistake;
        }
        return extra;
    }

    private static string Set(CheckResult check) => check.Set.ToString().ToLowerInvariant();

    private static string HandOutput(CheckResult check) => check.Hand switch
    {
        null => $"Graded by hand: {check.Quantity}. Not scored yet.",
        { Level: { } level, Comment.Length: > 0 } => $"Graded by hand ({level}): {check.Hand.Comment}",
        { Level: { } level } => $"Graded by hand: {level}.",
        _ => $"Graded by hand. {check.Hand.Comment}".TrimEnd(),
    };

    private static double Round(double value) => Math.Round(value, 4);
}
