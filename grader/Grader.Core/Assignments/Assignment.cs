using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>One homework set as its text defines it (assignments/&lt;id&gt;.json): the problems it uses and its parts,
/// numbered and pointed as the text numbers and points them, each graded by the machine, by hand, or both.</summary>
public sealed record Assignment
{
    public const string PublicVisibility = "visible";

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The homework text's file name in the course's assignments folder.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The deadline, when the text states one.</summary>
    [JsonPropertyName("due")]
    public DateTimeOffset? Due { get; init; }

    /// <summary>The text's total; the parts' points add up to it.</summary>
    [JsonPropertyName("total")]
    public required double Total { get; init; }

    [JsonPropertyName("problems")]
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>When students see the results of hidden checks: Gradescope's <c>after_due_date</c> or <c>after_published</c>.</summary>
    [JsonPropertyName("hidden_visibility")]
    public string HiddenVisibility { get; init; } = "after_published";

    [JsonPropertyName("late_policy")]
    public LatePolicy? LatePolicy { get; init; }

    [JsonPropertyName("parts")]
    public required IReadOnlyList<AssignmentPart> Parts { get; init; }

    /// <summary>The parts that carry points themselves, in the text's order.</summary>
    [JsonIgnore]
    public IEnumerable<AssignmentPart> Leaves => Parts.SelectMany(p => p.Leaves);

    [JsonIgnore]
    public double MachinePoints => Leaves.Sum(p => p.Machine?.Points ?? 0);

    [JsonIgnore]
    public double HandPoints => Leaves.Sum(p => p.Hand?.Points ?? 0);
}
