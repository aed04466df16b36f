using System.Text.Json.Serialization;

namespace Grader.Cli.SelfCheck;

/// <summary>A listed mutant, by its stable id, and why it keeps full marks: it computes what the answer key computes,
/// or, when <see cref="Unobservable"/>, it is wrong in a way no check of the problem can see.</summary>
public sealed record EquivalentMutant(string Id, string Reason)
{
    /// <summary>Wrong, not equivalent, but beyond every check (one pixel of a batch left without noise, say); it counts
    /// against the kill rate and is listed apart, so that the list never passes a wrong mutant off as equivalent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unobservable { get; init; }
}
