using System.IO.Compression;
using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Packaging;

/// <summary>What students get: the template (contracts, stubs, their tests, the problem texts), the grading checks
/// (Grader.Core) and the public fixtures, with a README.md and a solution file at the root so that <c>dotnet test</c>
/// runs there. For an assignment, only its problems: their stubs, texts, contract types, check code and public
/// fixtures, and the data sets only when a problem's text sends the student to them. Never the answer key, the hidden
/// fixtures, the runner or the CLI; nor the assignment file, whose rubrics would give answers away.</summary>
public static class StudentPackage
{
    public const string Readme = "README.md";

    /// <summary>At the root, so that <c>dotnet test</c> there finds the template's tests.</summary>
    public const string Solution = "Homework.slnx";

    public const string SolutionText = """
        <Solution>
          <Project Path="student-template/Grader.Contracts/Grader.Contracts.csproj" />
          <Project Path="student-template/Grader.Toolkit/Grader.Toolkit.csproj" />
          <Project Path="student-template/Homework/Homework.csproj" />
          <Project Path="student-template/Homework.Tests/Homework.Tests.csproj" />
          <Project Path="grader/Grader.Core/Grader.Core.csproj" />
        </Solution>
        """;

    /// <summary>The practice pack: every problem.</summary>
    public static readonly string[] Entries =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig",
        "student-template", "grader/Grader.Core", "fixtures/public", "fixtures/data",
    ];

    /// <summary>What every pack holds whatever its problems.</summary>
    public static readonly string[] Common =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig",
        "student-template/Grader.Toolkit", "student-template/Homework.Tests", "student-template/Homework/Homework.csproj",
        $"{ProblemSources.ContractsFolder}/Grader.Contracts.csproj", "grader/Grader.Core",
    ];

    /// <summary>Paths that must never be in the package; a test holds the package to it.</summary>
    public static readonly string[] Forbidden =
    [
        "reference/", "fixtures/hidden/", "Reference.Solutions", "Reference.Generator", "grader/Grader.Cli/", "grader/Grader.Runner/", "assignments/",
    ];

    /// <summary>The practice pack's files.</summary>
    public static PackageEntries Contents(string root, ProblemCatalog catalog) =>
        new(PackageContents.Collect(root, Entries), Texts(StudentReadme.Practice(catalog)));

    /// <summary>The pack of one assignment.</summary>
    public static PackageEntries Contents(string root, ProblemCatalog catalog, Assignment assignment)
    {
        var sources = catalog.Only(assignment.Problems).Problems.Select(p => new ProblemSources(p)).ToArray();
        var entries = Common
            .Concat(sources.SelectMany(s => s.Contracts.Append(s.Stub).Append(s.Text).Append(s.PublicFixtures)))
            .Concat(sources.Any(s => s.NeedsData(root)) ? [ProblemSources.DataFolder] : []);
        var stems = sources.Select(s => s.Stem).ToHashSet(StringComparer.Ordinal);
        var files = PackageContents.Collect(root, entries);
        foreach (var other in files.Keys.Where(path => OtherProblem(path, stems)).ToArray())
        {
            files.Remove(other);
        }
        return new PackageEntries(files, Texts(StudentReadme.For(assignment, catalog)));
    }

    public static void Write(PackageEntries contents, string zipPath)
    {
        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        contents.WriteTo(zip);
    }

    /// <summary>Whether the file is in the check code of a problem not among <paramref name="stems"/>.</summary>
    private static bool OtherProblem(string path, IReadOnlySet<string> stems)
    {
        var prefix = ProblemSources.ProblemsFolder + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = path[prefix.Length..].Split('/');
        return rest.Length > 1 && !stems.Contains(rest[0]);
    }

    private static SortedDictionary<string, string> Texts(string readme) =>
        new(StringComparer.Ordinal) { [Readme] = readme, [Solution] = SolutionText + "\n" };
}
