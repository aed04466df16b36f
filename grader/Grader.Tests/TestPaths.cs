namespace Grader.Tests;

/// <summary>Folders of the repository the tests read.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Assignments => Path.Combine(Root, "assignments");

    public static string Samples => Path.Combine(Root, "grader", "testdata", "submissions");

    public static string Sample(string name) => Path.Combine(Samples, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Grader.sln not found above the test binaries.");
    }
}
