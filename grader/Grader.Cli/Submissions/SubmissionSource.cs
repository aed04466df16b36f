namespace Grader.Cli.Submissions;

/// <summary>What a submission consists of: C# sources to compile, or an already built assembly.</summary>
/// <param name="Name">The submission's name in reports: its folder or file name.</param>
/// <param name="Root">The folder paths in compiler messages are relative to.</param>
public sealed record SubmissionSource(string Name, string Root, IReadOnlyList<string> SourceFiles, string? Assembly)
{
    /// <summary>Folders that never hold a student's solution: build output, tests, and the contracts, which the
    /// grader supplies itself so that editing them changes nothing.</summary>
    private static readonly string[] IgnoredFolders = ["bin", "obj", ".git", ".vs", "Grader.Contracts", "Homework.Tests"];

    public bool IsAssembly => Assembly is not null;

    /// <summary>Finds the sources of a submission: a .dll file, or a folder in any layout. When the folder has a
    /// <c>Homework</c> folder (a copy of the template) only its sources are taken.</summary>
    /// <returns>The source, or null with <paramref name="problem"/> saying what is wrong.</returns>
    public static SubmissionSource? Discover(string path, out string? problem)
    {
        problem = null;
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (File.Exists(full))
        {
            if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return new SubmissionSource(Path.GetFileNameWithoutExtension(full), Path.GetDirectoryName(full)!, [], full);
            }
            problem = $"{path} is a file but not a .dll; submit a folder of .cs files or a built .dll.";
            return null;
        }
        if (!Directory.Exists(full))
        {
            problem = $"{path} does not exist.";
            return null;
        }

        var sources = Directory.EnumerateFiles(full, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Segments(full, file).Any(s => IgnoredFolders.Contains(s, StringComparer.OrdinalIgnoreCase) || s.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var homework = sources.Where(file => Segments(full, file).Contains("Homework", StringComparer.OrdinalIgnoreCase)).ToArray();
        if (homework.Length > 0)
        {
            sources = homework;
        }
        if (sources.Length > 0)
        {
            return new SubmissionSource(name, full, sources, null);
        }

        var dlls = Directory.GetFiles(full, "*.dll", SearchOption.TopDirectoryOnly);
        if (dlls.Length == 1)
        {
            return new SubmissionSource(name, full, [], dlls[0]);
        }
        problem = dlls.Length > 1
            ? $"{path} has no .cs files and {dlls.Length} .dll files; submit sources or exactly one .dll."
            : $"{path} has no .cs files (outside bin/, obj/ and test folders) and no .dll.";
        return null;
    }

    /// <summary>The folder names between the root and the file.</summary>
    private static string[] Segments(string root, string file) =>
        Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
