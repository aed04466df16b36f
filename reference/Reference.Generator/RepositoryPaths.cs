namespace Reference.Generator;

/// <summary>Finds the repository from wherever the command runs.</summary>
public static class RepositoryPaths
{
    public static string DefaultFixtures()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
            {
                return Path.Combine(dir.FullName, "fixtures");
            }
        }
        throw new DirectoryNotFoundException("No Grader.sln in this folder or above it; pass --fixtures DIR.");
    }
}
