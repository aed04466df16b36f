using System.IO.Compression;
using Grader.Cli.Packaging;

namespace Grader.Tests.Packaging;

/// <summary>`grader pack student`, unzipped outside the repository, runs `dotnet test` on its own: with the stubs every
/// check fails as not implemented; with the answer key in Homework's place every check passes. No answer key and
/// no hidden fixture is inside.</summary>
[Category(TestTiers.Process)]
public sealed class StudentPackageTests
{
    private string _folder = "";
    private string _zip = "";

    [OneTimeSetUp]
    public void PackAndUnzip()
    {
        _folder = Directory.CreateTempSubdirectory("homework-").FullName;
        _zip = Path.Combine(_folder, "homework.zip");
        StudentPackage.Write(StudentPackage.Contents(TestPaths.Root, TestCatalog.All), _zip);
        ZipFile.ExtractToDirectory(_zip, Path.Combine(_folder, "unzipped"));
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    private string Unzipped => Path.Combine(_folder, "unzipped");

    [Test]
    public void Holds_no_answer_key_no_hidden_fixture_no_grader_internals()
    {
        using var zip = ZipFile.OpenRead(_zip);
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        foreach (var forbidden in StudentPackage.Forbidden)
        {
            Assert.That(names, Has.None.Contain(forbidden));
        }
        Assert.That(names, Does.Contain("fixtures/public/gru-cell/assignment.json"));
        Assert.That(names, Does.Contain("student-template/Homework/GruCell.cs"));
        Assert.That(names, Does.Contain(StudentPackage.Readme).And.Contain(StudentPackage.Solution));
        Assert.That(names, Has.None.Contain("/bin/").And.None.Contain("/obj/"));
    }

    [Test, Order(1)]
    public void With_the_stubs_every_check_fails_as_not_implemented()
    {
        // From the root, as the README says: its solution file leads `dotnet test` to the template's tests.
        var results = DotnetTestRun.Run(Unzipped, Unzipped);
        Assert.That(results, Is.Not.Empty);
        Assert.That(results.Select(r => r.Outcome), Has.All.EqualTo("Failed"));
        Assert.That(results.Select(r => r.Message), Has.All.Contain("not implemented"));
        Assert.That(results.Select(r => r.Name), Does.Contain("gru-cell/public/dWh"));
    }

    [Test, Order(2)]
    public void With_the_answer_key_in_place_of_Homework_every_check_passes()
    {
        var homework = Path.Combine(Unzipped, "student-template", "Homework");
        foreach (var stub in Directory.GetFiles(homework, "*.cs"))
        {
            File.Delete(stub);
        }
        foreach (var solution in Directory.GetFiles(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions"), "*.cs"))
        {
            var copy = Path.Combine(homework, Path.GetFileName(solution));
            File.Copy(solution, copy);
            // File.Copy keeps the source's time stamp, older than the first build's output: make the change visible.
            File.SetLastWriteTimeUtc(copy, DateTime.UtcNow);
        }
        var results = DotnetTestRun.Run(Path.Combine(Unzipped, "student-template", "Homework.Tests"), Unzipped);
        Assert.That(results, Is.Not.Empty);
        Assert.That(results.Where(r => r.Outcome != "Passed").Select(r => $"{r.Name}: {r.Message}"), Is.Empty);
    }
}
