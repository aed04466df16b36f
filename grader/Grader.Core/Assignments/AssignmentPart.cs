using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>A numbered part of a homework text ("1(a)", "2.1", "P3"): its points, and how it is graded; or a group of
/// sub-parts whose points are theirs added up.</summary>
public sealed record AssignmentPart
{
    /// <summary>The part's number as the text writes it.</summary>
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("points")]
    public required double Points { get; init; }

    /// <summary>Words of the text that introduce the part, verbatim, so that a test can find it there.</summary>
    [JsonPropertyName("quote")]
    public required string Quote { get; init; }

    [JsonPropertyName("machine")]
    public MachineGrading? Machine { get; init; }

    [JsonPropertyName("hand")]
    public HandGrading? Hand { get; init; }

    [JsonPropertyName("parts")]
    public IReadOnlyList<AssignmentPart>? Parts { get; init; }

    [JsonIgnore]
    public IEnumerable<AssignmentPart> Leaves => Parts is null ? [this] : Parts.SelectMany(p => p.Leaves);

    /// <summary>How the part is graded, in a few words: "machine", "by hand" or "machine 1 + by hand 1".</summary>
    [JsonIgnore]
    public string GradedBy => (Machine, Hand) switch
    {
        ({ } m, { } h) => $"machine {m.Points:0.##} + by hand {h.Points:0.##}",
        ({ }, null) => "machine",
        (null, { }) => "by hand",
        _ => "its sub-parts",
    };
}
