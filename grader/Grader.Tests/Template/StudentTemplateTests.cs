using System.Diagnostics;
using System.Xml.Linq;

namespace Grader.Tests.Template;

/// <summary>The student template, copied out of the repository with only what students get, runs `dotnet test`:
/// with the stubs every check fails as not implemented; with the answer key in Homework's place every check passes.</summary>
[Category("Slow")]
public sealed class StudentTemplateTests
{
    private static readonly string[] Copied =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json",
        "student-template/Grader.Contracts", "student-template/Grader.Toolkit", "student-template/Homework", "student-template/Homework.Tests", "student-template/problems",
        "grader/Grader.Core", "fixtures/public",
    ];

    private string _copy = "";

    [OneTimeSetUp]
    public void CopyTemplate()
    {
        _copy = Directory.CreateTempSubdirectory("template-").FullName;
        foreach (var path in Copied)
        {
            Copy(Path.Combine(TestPaths.Root, path), Path.Combine(_copy, path));
        }
    }

    [OneTimeTearDown]
    public void DeleteCopy() => Directory.Delete(_copy, recursive: true);

    [Test, Order(1)]
    public void With_the_stubs_every_check_fails_as_not_implemented()
    {
        var results = RunTests();
        Assert.That(results, Is.Not.Empty);
        Assert.That(results.Select(r => r.Outcome), Has.All.EqualTo("Failed"));
        Assert.That(results.Select(r => r.Message), Has.All.Contain("not implemented"));
        Assert.That(results.Select(r => r.Name), Does.Contain("gru-cell/public/dWh"));
    }

    [Test, Order(2)]
    public void With_the_answer_key_in_place_of_Homework_every_check_passes()
    {
        var homework = Path.Combine(_copy, "student-template", "Homework");
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
        var results = RunTests();
        Assert.That(results, Is.Not.Empty);
        Assert.That(results.Where(r => r.Outcome != "Passed").Select(r => $"{r.Name}: {r.Message}"), Is.Empty);
    }

    private List<(string Name, string Outcome, string Message)> RunTests()
    {
        var trx = Path.Combine(_copy, "results.trx");
        File.Delete(trx);
        var start = new ProcessStartInfo("dotnet",
            ["test", Path.Combine(_copy, "student-template", "Homework.Tests"), "--logger", $"trx;LogFileName={trx}", "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _copy,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(File.Exists(trx), Is.True, $"dotnet test wrote no results:\n{output.Result}\n{error.Result}");

        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return XDocument.Load(trx).Descendants(ns + "UnitTestResult")
            .Select(r => (
                r.Attribute("testName")!.Value,
                r.Attribute("outcome")!.Value,
                r.Descendants(ns + "Message").FirstOrDefault()?.Value ?? ""))
            .ToList();
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
