using System.Text.Encodings.Web;
using System.Text.Json;

namespace Grader.Cli.SelfCheck;

/// <summary>The checked-in list of mutants that keep full marks for a stated reason (reference/equivalent-mutants.json):
/// a JSON array of { "id", "reason" }, with "unobservable": true on those that are wrong rather than equivalent, sorted
/// by id so that merges stay readable.</summary>
public static class EquivalentMutantList
{
    public const string Placeholder = "TODO: say why this mutant computes the same as the answer key, or strengthen the fixtures to kill it.";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<EquivalentMutant> Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<EquivalentMutant[]>(File.ReadAllText(path), Options) ?? [] : [];

    public static void Save(string path, IEnumerable<EquivalentMutant> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Serialize(entries) + "\n");
    }

    public static string Serialize(IEnumerable<EquivalentMutant> entries) =>
        JsonSerializer.Serialize(entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray(), Options);

    /// <summary>The list with every survivor added under a placeholder reason: for refreshing the list after the
    /// answer key changed. Entries that match no mutant any more, or that the fixtures now kill, are dropped.</summary>
    public static IReadOnlyList<EquivalentMutant> WithSurvivors(
        IReadOnlyList<EquivalentMutant> existing, IReadOnlyList<MutantResult> results, IReadOnlySet<string> generatedIds)
    {
        // An entry the fixtures now kill is not equivalent after all: it leaves the list.
        var killed = results.Where(r => r.Status == MutantStatus.Killed).Select(r => r.Mutant.Id).ToHashSet(StringComparer.Ordinal);
        return existing.Where(e => generatedIds.Contains(e.Id) && !killed.Contains(e.Id))
            .Concat(results.Where(r => r.Status == MutantStatus.Survived).Select(r => new EquivalentMutant(r.Mutant.Id, Placeholder)))
            .DistinctBy(e => e.Id)
            .ToArray();
    }
}
