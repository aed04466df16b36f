using Grader.Core.Fixtures;

namespace Reference.Generator.Fixtures;

/// <summary>Writes every generator's fixtures and the manifest, or reports which committed file regeneration would change.</summary>
public sealed class FixtureRegenerator(IReadOnlyList<IFixtureGenerator> generators)
{
    private static readonly string[] GeneratedFolders = ["public", "hidden"];
    private const string DataFolder = "data";

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
            foreach (var (name, content) in generator.DataFiles())
            {
                var path = $"{DataFolder}/{name}";
                if (!files.TryAdd(path, content))
                {
                    throw new InvalidOperationException($"Two data files would be written to {path}.");
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
    public IReadOnlyList<string> Check(string root) => Check(root, Render());

    /// <summary><see cref="Check(string)"/> against files already rendered.</summary>
    public static IReadOnlyList<string> Check(string root, IReadOnlyDictionary<string, string> files)
    {
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

    /// <summary>Files in the generated folders (every .json of public/ and hidden/, every file of data/) that no generator makes.</summary>
    private static IEnumerable<string> Stale(string root, IReadOnlyDictionary<string, string> files) =>
        GeneratedFolders.Select(folder => (Folder: folder, Pattern: "*.json"))
            .Append((Folder: DataFolder, Pattern: "*"))
            .Select(generated => (Full: Path.Combine(root, generated.Folder), generated.Pattern))
            .Where(generated => Directory.Exists(generated.Full))
            .SelectMany(generated => Directory.EnumerateFiles(generated.Full, generated.Pattern, SearchOption.AllDirectories))
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(path => !files.ContainsKey(path))
            .Order(StringComparer.Ordinal);
}
