namespace Grader.Cli;

/// <summary>Where the grader finds the repository and its fixtures when not told: the nearest folder with a
/// Grader.sln above the current folder or above the grader's own binaries.</summary>
public static class RepositoryPaths
{
    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    public static string? FindFixtures() =>
        FindRoot() is { } root && Directory.Exists(Path.Combine(root, "fixtures")) ? Path.Combine(root, "fixtures") : null;
}
