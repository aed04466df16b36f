using Grader.Core.Fixtures;
using System.IO.Compression;
using System.Text;
using Grader.Cli.Assignments;
using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Packaging;

/// <summary>The zip Gradescope's autograder runs: setup.sh and run_autograder at its root, the grader's own built
/// files under grader/, and the fixtures (public and hidden) under fixtures/. For an assignment, its file under
/// assignments/ and only its problems' fixtures: run_autograder grades its machine-checked parts alone, in their points,
/// and the hand-graded parts are Gradescope questions of their own.</summary>
public static class GradescopePackage
{
    /// <summary>The answer key's recorded times: the base of the time limits, since the grader never runs the answer key.</summary>
    public const string ReferenceTimesEntry = "fixtures/" + ReferenceTimes.FileName;

    public static readonly string[] FixtureEntries = ["fixtures/public", "fixtures/hidden", "fixtures/data", "fixtures/manifest.json", ReferenceTimesEntry];

    public const string SetupScript = """
        #!/usr/bin/env bash
        # Gradescope runs this once when it builds the autograder image (Ubuntu, as root, with network).
        set -euo pipefail
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap curl ca-certificates libicu-dev >/dev/null
        # The grader compiles with Roslyn in-process: the .NET runtime is enough, no SDK.
        curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
        bash /tmp/dotnet-install.sh --runtime dotnet --channel 10.0 --install-dir /autograder/.dotnet
        """;

    private const string RunHead = """
        #!/usr/bin/env bash
        # Gradescope runs this for every submission. Paths can be moved for tests with AUTOGRADER_ROOT and DOTNET.
        set -uo pipefail
        root="${AUTOGRADER_ROOT:-/autograder}"
        dotnet="${DOTNET:-$root/.dotnet/dotnet}"
        [ -x "$dotnet" ] || dotnet=dotnet
        mkdir -p "$root/results"
        # results.json is written before grading starts and after every problem, so a killed run still leaves one.
        "$dotnet" "$root/source/grader/grader.dll" grade "$root/submission" --out "$root/results" --fixtures "$root/source/fixtures"
        """;

    /// <summary>run_autograder; with <paramref name="assignmentEntry"/> (the assignment file's path in the zip) it grades
    /// that assignment's machine-checked parts only.</summary>
    public static string RunScript(string? assignmentEntry = null) =>
        assignmentEntry is null ? RunHead : $"{RunHead} --assignment \"$root/source/{assignmentEntry}\" --machine-only";

    /// <param name="graderDirectory">The built grader (the running one's own folder).</param>
    public static void Write(string root, string graderDirectory, string zipPath) =>
        Write(graderDirectory, zipPath, PackageContents.Collect(root, FixtureEntries), assignmentFile: null);

    /// <param name="assignmentFile">The assignment's file, packed as assignments/&lt;its name&gt;.</param>
    public static void Write(string root, string graderDirectory, string zipPath, ProblemCatalog catalog, Assignment assignment, string assignmentFile)
    {
        var sources = catalog.Only(assignment.Problems).Problems.Select(p => new ProblemSources(p)).ToArray();
        var fixtures = sources.SelectMany(s => new[] { s.PublicFixtures, s.HiddenFixtures })
            .Concat(sources.Any(s => s.NeedsData(root)) ? [ProblemSources.DataFolder] : [])
            .Append(ReferenceTimesEntry);
        Write(graderDirectory, zipPath, PackageContents.Collect(root, fixtures), assignmentFile);
    }

    /// <summary>The path of an assignment's file in the zip.</summary>
    public static string AssignmentEntry(string assignmentFile) => $"{AssignmentLocator.Folder}/{Path.GetFileName(assignmentFile)}";

    private static void Write(string graderDirectory, string zipPath, SortedDictionary<string, string> fixtures, string? assignmentFile)
    {
        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        AddText(zip, "setup.sh", SetupScript);
        AddText(zip, "run_autograder", RunScript(assignmentFile is null ? null : AssignmentEntry(assignmentFile)));
        foreach (var file in Directory.EnumerateFiles(graderDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            zip.CreateEntryFromFile(file, "grader/" + Path.GetRelativePath(graderDirectory, file).Replace('\\', '/'), CompressionLevel.Optimal);
        }
        foreach (var (relative, full) in fixtures)
        {
            zip.CreateEntryFromFile(full, relative, CompressionLevel.Optimal);
        }
        if (assignmentFile is not null)
        {
            zip.CreateEntryFromFile(assignmentFile, AssignmentEntry(assignmentFile), CompressionLevel.Optimal);
        }
    }

    private static void AddText(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name);
        entry.ExternalAttributes = Convert.ToInt32("100755", 8) << 16;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n") + "\n"));
    }
}
