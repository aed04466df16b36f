namespace Grader.Cli.SelfCheck;

/// <summary>One answer-key file: its name within the folder and its text.</summary>
public sealed record SourceFile(string Name, string Text)
{
    /// <summary>Every .cs file of a folder (not bin/ or obj/), by name, in a stable order.</summary>
    public static IReadOnlyList<SourceFile> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            .Select(path => new SourceFile(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
}
