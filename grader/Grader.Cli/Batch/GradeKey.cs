using System.Security.Cryptography;
using System.Text;

namespace Grader.Cli.Batch;

/// <summary>The content hash that decides whether a submission needs grading again: its files, the fixtures, the
/// grader's own assemblies and its settings. Same key, same grade.</summary>
public static class GradeKey
{
    public const string FileName = ".grade-key";

    /// <param name="fixturesDigest">From <see cref="Digest"/> of the fixtures folder, computed once per batch.</param>
    public static string Of(string submission, string fixturesDigest, string settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddTree(hash, submission, "submission");
        hash.AppendData(Encoding.UTF8.GetBytes(fixturesDigest));
        foreach (var assembly in new[] { "grader.dll", "Grader.Core.dll", "Grader.Runner.dll" })
        {
            AddFile(hash, Path.Combine(AppContext.BaseDirectory, assembly), assembly);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(settings));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of every file under <paramref name="path"/>, names included.</summary>
    public static string Digest(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddTree(hash, path, "");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddTree(IncrementalHash hash, string path, string label)
    {
        if (File.Exists(path))
        {
            AddFile(hash, path, label);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                                 !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                     .Order(StringComparer.Ordinal))
        {
            AddFile(hash, file, label + "/" + Path.GetRelativePath(path, file).Replace('\\', '/'));
        }
    }

    private static void AddFile(IncrementalHash hash, string path, string name)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
        if (File.Exists(path))
        {
            hash.AppendData(File.ReadAllBytes(path));
        }
        hash.AppendData([0]);
    }
}
