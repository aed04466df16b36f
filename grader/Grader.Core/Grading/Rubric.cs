using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Core.Grading;

/// <summary>fixtures/rubric.json: what the rubric has besides the automatic checks (the items TAs score by hand).</summary>
public sealed record Rubric([property: JsonPropertyName("manual_items")] IReadOnlyList<ManualItem> ManualItems)
{
    public const string FileName = "rubric.json";

    public static readonly Rubric Empty = new([]);

    /// <summary>The rubric beside the fixtures, or an empty one when there is none.</summary>
    public static Rubric Load(string fixturesRoot)
    {
        var path = Path.Combine(fixturesRoot, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }
        var rubric = JsonSerializer.Deserialize<Rubric>(File.ReadAllText(path))
            ?? throw new JsonException($"{path} is empty.");
        var duplicate = rubric.ManualItems.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rubric : throw new JsonException($"{path} lists the manual item '{duplicate.Key}' twice.");
    }
}
