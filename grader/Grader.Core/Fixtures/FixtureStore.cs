namespace Grader.Core.Fixtures;

/// <summary>The fixtures folder: <c>public/&lt;problem&gt;/*.json</c> and <c>hidden/&lt;problem&gt;/*.json</c>.</summary>
public sealed class FixtureStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Folder(FixtureSet set, string problem) =>
        Path.Combine(Root, set.ToString().ToLowerInvariant(), problem);

    /// <summary>Every case of a problem in a set, ordered by case name; throws <see cref="FixtureException"/>
    /// when the folder is missing or empty or a file does not parse.</summary>
    public IReadOnlyList<Fixture> Load(FixtureSet set, string problem)
    {
        var folder = Folder(set, problem);
        if (!Directory.Exists(folder))
        {
            throw new FixtureException($"No {set.ToString().ToLowerInvariant()} fixtures for {problem}: {folder} does not exist. Run `reference regenerate`.");
        }
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FixtureException($"No {set.ToString().ToLowerInvariant()} fixtures for {problem}: {folder} has no .json files.");
        }
        return files.Select(file =>
        {
            var fixture = FixtureJson.Parse(File.ReadAllText(file), file);
            if (fixture.Problem != problem)
            {
                throw new FixtureException($"{file} belongs to problem {fixture.Problem}, not {problem}.");
            }
            return fixture;
        }).ToArray();
    }

    public bool Has(FixtureSet set) => Directory.Exists(Path.Combine(Root, set.ToString().ToLowerInvariant()));

    /// <summary>Finds <c>fixtures/</c> in <paramref name="start"/> or the nearest folder above it that has one.</summary>
    public static FixtureStore? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures");
            if (Directory.Exists(Path.Combine(candidate, "public")))
            {
                return new FixtureStore(candidate);
            }
        }
        return null;
    }
}
