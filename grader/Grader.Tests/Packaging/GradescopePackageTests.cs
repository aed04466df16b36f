using System.IO.Compression;
using System.Text.Json;
using Grader.Cli.Packaging;
using Grader.Core.Reports;

namespace Grader.Tests.Packaging;

/// <summary>`grader pack gradescope`: run_autograder, run against a fake /autograder tree, writes a results.json
/// that Gradescope's schema accepts, with the submission's real grade.</summary>
[Category(TestTiers.Process)]
public sealed class GradescopePackageTests
{
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
