using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Assignments;

/// <summary>Finds the assignment an <c>--assignment</c> option names: a path to a .json file, or the id of a file in the
/// repository's assignments/ folder.</summary>
public static class AssignmentLocator
{
    public const string Folder = "assignments";

    /// <summary>The assignment, or null with every reason it cannot be used.</summary>
    public static Assignment? Resolve(string idOrPath, ProblemCatalog catalog, out IReadOnlyList<string> errors)
    {
        var path = PathOf(idOrPath);
        if (path is null)
        {
            var known = KnownIds();
            errors = [$"no assignment '{idOrPath}'{(known.Count == 0 ? " (no assignments folder found)" : $" (known: {string.Join(", ", known)})")}"];
            return null;
        }
        return AssignmentFile.Load(path, catalog, AssignmentFile.Schema(), out errors);
    }

    /// <summary>The ids of the repository's assignment files, sorted.</summary>
    public static IReadOnlyList<string> KnownIds() =>
        RepositoryPaths.FindRoot() is { } root && Directory.Exists(Path.Combine(root, Folder))
            ? Directory.GetFiles(Path.Combine(root, Folder), "*.json")
                .Where(f => Path.GetFileName(f) != AssignmentFile.SchemaFile)
                .Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>The file an <c>--assignment</c> value names, or null when there is none.</summary>
    public static string? PathOf(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return Path.GetFullPath(idOrPath);
        }
        return RepositoryPaths.FindRoot() is { } root && File.Exists(Path.Combine(root, Folder, idOrPath + ".json"))
            ? Path.Combine(root, Folder, idOrPath + ".json")
            : null;
    }
}
