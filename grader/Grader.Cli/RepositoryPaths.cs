namespace Grader.Cli;

/// <summary>Where the grader finds its fixtures when not told: fixtures/ beside the nearest Grader.sln above the
/// current folder or the grader's own binaries.</summary>
public static class RepositoryPaths
{
    public static string? FindFixtures()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var fixtures = Path.Combine(dir.FullName, "fixtures");
                if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")) && Directory.Exists(fixtures))
                {
                    return fixtures;
                }
            }
        }
        return null;
    }
}
