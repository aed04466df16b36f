using System.IO.Compression;

namespace Grader.Cli.Packaging;

/// <summary>What students get: the template (contracts, stubs, their tests, the problem texts), the grading checks
/// (Grader.Core) and the public fixtures. Never the answer key, the hidden fixtures, the runner or the CLI.</summary>
public static class StudentPackage
{
    public static readonly string[] Entries =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig",
        "student-template", "grader/Grader.Core", "fixtures/public", "fixtures/data",
    ];

    /// <summary>Paths that must never be in the package; a test holds the package to it.</summary>
    public static readonly string[] Forbidden = ["reference/", "fixtures/hidden/", "Reference.Solutions", "Reference.Generator", "grader/Grader.Cli/", "grader/Grader.Runner/"];

    public static SortedDictionary<string, string> Files(string root) => PackageContents.Collect(root, Entries);

    public static void Write(string root, string zipPath)
    {
        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var (relative, full) in Files(root))
        {
            zip.CreateEntryFromFile(full, relative, CompressionLevel.Optimal);
        }
    }
}
