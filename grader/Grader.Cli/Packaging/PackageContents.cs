namespace Grader.Cli.Packaging;

/// <summary>Which files of the repository go into a package: whole folders (build output left out) and single files,
/// each kept at its path relative to the repository so that project references still resolve.</summary>
public static class PackageContents
{
    private static readonly string[] BuildFolders = ["bin", "obj", "TestResults"];

    /// <summary>Relative path (with '/') → full path, of every file under <paramref name="entries"/> that exists.</summary>
    public static SortedDictionary<string, string> Collect(string root, IEnumerable<string> entries)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var full = Path.Combine(root, entry);
            if (File.Exists(full))
            {
                files[entry] = full;
                continue;
            }
            if (!Directory.Exists(full))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!relative.Split('/').Any(part => BuildFolders.Contains(part)))
                {
                    files[relative] = file;
                }
            }
        }
        return files;
    }
}
