using Grader.Core.Fixtures;

namespace Reference.Generator.Fixtures;

/// <summary>Writes every generator's fixtures and the manifest, or reports which committed file regeneration would change.</summary>
public sealed class FixtureRegenerator(IReadOnlyList<IFixtureGenerator> generators)
{
    private static readonly string[] GeneratedFolders = ["public", "hidden"];

    /// <summary>Relative path → content of every file regeneration writes, the manifest included.</summary>
    public IReadOnlyDictionary<string, string> Render()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var generator in generators)
        {
            foreach (var (set, fixture) in generator.Generate())
            {
                var path = $"{set.ToString().ToLowerInvariant()}/{fixture.Problem}/{fixture.Case}.json";
                if (!files.TryAdd(path, FixtureJson.Write(fixture)))
                {
                    throw new InvalidOperationException($"Two fixtures would be written to {path}.");
                }
            }
        }
        files[FixtureManifest.FileName] = FixtureManifest.Of(files).ToJson();
        return files;
    }

    /// <summary>Writes the fixtures under <paramref name="root"/> and removes generated-folder files no generator makes.</summary>
    public IReadOnlyList<string> Write(string root)
    {
        var files = Render();
        foreach (var stale in Stale(root, files))
        {
            File.Delete(Path.Combine(root, stale));
        }
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        return files.Keys.ToArray();
    }

    /// <summary>One line per file that regeneration would add, change or remove; empty when the committed fixtures are current.</summary>
    public IReadOnlyList<string> Check(string root)
    {
        var files = Render();
        var problems = new List<string>();
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            if (!File.Exists(full))
            {
                problems.Add($"missing: {path}");
            }
            else if (File.ReadAllText(full) != content)
            {
                problems.Add($"would change: {path}");
            }
        }
        problems.AddRange(Stale(root, files).Select(path => $"not generated: {path}"));
        return problems;
    }

    private static IEnumerable<string> Stale(string root, IReadOnlyDictionary<string, string> files) =>
        GeneratedFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(path => !files.ContainsKey(path))
            .Order(StringComparer.Ordinal);
}
