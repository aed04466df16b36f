using System.IO.Compression;
using System.Text.RegularExpressions;
using Grader.Cli.Packaging;
using Grader.Tests.Assignments;

namespace Grader.Tests.Packaging;

/// <summary>Each assignment's student pack, unzipped in a folder of its own outside the repository, builds with only
/// its problems' check code and contracts, and its `dotnet test` has exactly the assignment's public checks as its
/// tests; the README's filters for a problem and for a part select what they say.</summary>
[Category(TestTiers.Process)]
public sealed partial class AssignmentPackTests
{
    /// <summary>A first build restores and compiles five projects: minutes on a loaded 2-core machine.</summary>
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(10);

    public static IEnumerable<TestCaseData> Assignments() => TestAssignments.Ids.Select(id => new TestCaseData(id).SetName(id));

    [TestCaseSource(nameof(Assignments))]
    public void Its_dotnet_test_runs_exactly_the_assignments_public_checks(string id)
    {
        var assignment = TestAssignments.Load(id);
        var folder = Directory.CreateTempSubdirectory($"pack-{id}-").FullName;
        try
        {
            var zip = Path.Combine(folder, "homework.zip");
            StudentPackage.Write(StudentPackage.Contents(TestPaths.Root, TestCatalog.All, assignment), zip);
            var unzipped = Path.Combine(folder, "unzipped");
            ZipFile.ExtractToDirectory(zip, unzipped);

            Assert.That(ListTests(unzipped, null, BuildLimit), Is.EquivalentTo(TestFilters.Checks(assignment, TestCatalog.All)));

            var readme = File.ReadAllText(Path.Combine(unzipped, StudentPackage.Readme));
            foreach (var leaf in TestAssignments.AllParts(assignment))
            {
                Assert.That(readme, Does.Match($@"\| (\*\*)?{Regex.Escape(leaf.Label)}(\*\*)? \| .* \| {Cli.PointsText.Of(leaf.Points)} \| "), leaf.Label);
            }
            var problem = TestCatalog.All.Get(assignment.Problems[0]);
            Assert.That(readme, Does.Contain(TestFilters.Command(TestFilters.ForProblem(problem))));
            Assert.That(ListTests(unzipped, TestFilters.ForProblem(problem), Processes.DefaultLimit), Is.EquivalentTo(TestFilters.Checks(problem)));

            // The part with the most checks: its filter names them one by one or by problem, as the README prints it.
            var part = assignment.Leaves.Where(p => p.Machine is not null)
                .MaxBy(p => TestFilters.Checks(p.Machine!, assignment, TestCatalog.All).Count())!;
            var checks = TestFilters.Checks(part.Machine!, assignment, TestCatalog.All).ToArray();
            var filter = TestFilters.For(checks, TestCatalog.All);
            Assert.That(readme, Does.Contain(TestFilters.Command(filter)));
            Assert.That(ListTests(unzipped, filter, Processes.DefaultLimit), Is.EquivalentTo(checks), part.Label);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The names `dotnet test --list-tests` prints at the pack's root (built the first time).</summary>
    private static string[] ListTests(string root, string? filter, TimeSpan limit)
    {
        string[] arguments = ["test", "--list-tests", "--nologo", "--disable-build-servers", .. filter is null ? Array.Empty<string>() : ["--no-build", "--filter", filter]];
        var (exitCode, output) = Processes.Run("dotnet", arguments, root, limit: limit);
        Assert.That(exitCode, Is.Zero, output);
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("The following Tests are available:", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), output);
        return lines.Skip(start + 1).TakeWhile(l => TestLine().IsMatch(l)).Select(l => l.Trim()).ToArray();
    }

    [GeneratedRegex(@"^    \S+$")]
    private static partial Regex TestLine();
}
