using System.IO.Compression;
using System.Text.Json;
using Grader.Cli.Packaging;
using Grader.Core.Grading;
using Grader.Core.Reports;
using Grader.Tests.Assignments;

namespace Grader.Tests.Packaging;

/// <summary>`grader pack gradescope`: run_autograder, run against a fake /autograder tree, writes a results.json
/// that Gradescope's schema accepts, with the submission's real grade.</summary>
[Category(TestTiers.Process)]
public sealed class GradescopePackageTests
{
    [Test]
    public void The_autograder_carries_the_reference_times_and_no_answer_key()
    {
        // The grader as built for this configuration (bin/<Debug|Release>/net10.0), not the tests' folder, which has the answer key.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var grader = Path.Combine(TestPaths.Root, "grader", "Grader.Cli", "bin", configuration, "net10.0");
        Assert.That(File.Exists(Path.Combine(grader, "grader.dll")), Is.True, grader);
        var zip = Path.Combine(Directory.CreateTempSubdirectory("autograder-").FullName, "autograder.zip");
        try
        {
            GradescopePackage.Write(TestPaths.Root, grader, zip);
            using var archive = ZipFile.OpenRead(zip);
            var entries = archive.Entries.Select(e => e.FullName).ToArray();
            Assert.That(entries, Has.None.Contain("Reference."), "the answer key's assemblies");
            Assert.That(entries, Has.Member(GradescopePackage.ReferenceTimesEntry));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(zip)!, recursive: true);
        }
    }

    [Test]
    public void Run_autograder_grades_a_submission_in_a_fake_autograder_tree()
    {
        var root = Directory.CreateTempSubdirectory("autograder-").FullName;
        try
        {
            var zip = Path.Combine(root, "autograder.zip");
            GradescopePackage.Write(TestPaths.Root, AppContext.BaseDirectory, zip);
            using (var archive = ZipFile.OpenRead(zip))
            {
                Assert.That(archive.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "setup.sh", "run_autograder", "grader/grader.dll", "fixtures/hidden/gru-cell/large.json" }));
            }
            ZipFile.ExtractToDirectory(zip, Path.Combine(root, "source"));
            CopyTree(TestPaths.Sample("gru-transposed"), Path.Combine(root, "submission"));

            var (exitCode, output) = Processes.Run("bash", [Path.Combine(root, "source", "run_autograder")], root,
                new Dictionary<string, string> { ["AUTOGRADER_ROOT"] = root, ["DOTNET"] = "dotnet" });
            Assert.That(exitCode, Is.Zero, output);

            var json = File.ReadAllText(Path.Combine(root, "results", "results.json"));
            Assert.That(GradescopeSchema.Validate(json), Is.Empty);
            using var document = JsonDocument.Parse(json);
            var gru = document.RootElement.GetProperty("tests").EnumerateArray()
                .Where(t => t.GetProperty("tags")[0].GetString() == "gru-cell" && !t.GetProperty("name").GetString()!.Contains("by hand"))
                .ToArray();
            Assert.That(gru.Sum(t => t.GetProperty("score").GetDouble()), Is.EqualTo(16));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Run_autograder_of_an_assignment_grades_its_machine_checked_parts_in_their_points()
    {
        var root = Directory.CreateTempSubdirectory("autograder-").FullName;
        try
        {
            var assignment = TestAssignments.Load("000-nback-rnn");
            var file = Path.Combine(TestPaths.Assignments, "000-nback-rnn.json");
            var zip = Path.Combine(root, "autograder.zip");
            GradescopePackage.Write(TestPaths.Root, AppContext.BaseDirectory, zip, TestCatalog.All, assignment, file);
            using (var archive = ZipFile.OpenRead(zip))
            {
                var names = archive.Entries.Select(e => e.FullName).ToArray();
                Assert.That(names, Is.SupersetOf(new[] { "run_autograder", "assignments/000-nback-rnn.json", "fixtures/hidden/nback-rnn/two-back.json" }));
                Assert.That(names.Where(n => n.StartsWith("fixtures/", StringComparison.Ordinal) && n != GradescopePackage.ReferenceTimesEntry),
                    Has.All.StartWith("fixtures/public/nback-rnn/").Or.StartWith("fixtures/hidden/nback-rnn/"));
                Assert.That(names, Has.Member(GradescopePackage.ReferenceTimesEntry), "the base of the time limits");
            }
            ZipFile.ExtractToDirectory(zip, Path.Combine(root, "source"));
            Assert.That(File.ReadAllText(Path.Combine(root, "source", "run_autograder")),
                Does.Contain("--assignment \"$root/source/assignments/000-nback-rnn.json\" --machine-only"));
            CopyTree(TestPaths.Sample("nback-rnn-no-recurrent-term"), Path.Combine(root, "submission"));

            var (exitCode, output) = Processes.Run("bash", [Path.Combine(root, "source", "run_autograder")], root,
                new Dictionary<string, string> { ["AUTOGRADER_ROOT"] = root, ["DOTNET"] = "dotnet" });
            Assert.That(exitCode, Is.Zero, output);

            var json = File.ReadAllText(Path.Combine(root, "results", "results.json"));
            Assert.That(GradescopeSchema.Validate(json), Is.Empty);
            var results = GradescopeResults.Parse(json);
            Assert.That(results.MaxScore, Is.EqualTo(assignment.MachinePoints).And.EqualTo(25), "the machine's share of the 60 points");
            Assert.That(results.Tests.Sum(t => t.MaxScore), Is.EqualTo(25).Within(1e-3));
            Assert.That(results.Tests.Select(t => t.Tags[0]), Has.All.EqualTo("nback-rnn"));
            Assert.That(results.Tests.Select(t => t.ExtraData["id"]), Has.None.StartWith(CheckResult.ManualPrefix), "the hand-graded parts are Gradescope questions");
            // Without the recurrent term ŷ, J, dw and Train's history still agree, on both sets: 8 of the 18 weighted points.
            Assert.That(results.Score, Is.EqualTo(25.0 * 8 / 18).Within(1e-3));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
