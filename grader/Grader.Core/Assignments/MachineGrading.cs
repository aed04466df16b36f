using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>The machine-graded share of a part: its checks share <see cref="Points"/> in proportion to their own points.</summary>
/// <param name="Checks">Check selectors: <c>problem/quantity</c> (on every fixture set) or <c>problem/*</c>.</param>
public sealed record MachineGrading(
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("checks")] IReadOnlyList<string> Checks);
