using Grader.Cli.Submissions;

namespace Grader.Tests.Submissions;

/// <summary>Which files of a submission are compiled.</summary>
public sealed class SubmissionSourceTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("submission-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private void Touch(params string[] relative)
    {
        foreach (var path in relative)
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "// x");
        }
    }

    private string[] Found() =>
        SubmissionSource.Discover(_root, out _)!.SourceFiles.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).ToArray();

    [Test]
    public void A_copy_of_the_template_compiles_only_the_Homework_sources()
    {
        Touch("Homework/GruCell.cs", "Homework/Sub/Helpers.cs", "Homework/obj/Debug/AssemblyInfo.cs",
            "Grader.Contracts/IGruCell.cs", "Homework.Tests/PublicChecks.cs", "Scratch.cs");
        Assert.That(Found(), Is.EqualTo(new[] { "Homework/GruCell.cs", "Homework/Sub/Helpers.cs" }));
    }

    [Test]
    public void A_flat_folder_compiles_every_source_but_contracts_tests_and_build_output()
    {
        Touch("GruCell.cs", "More/Util.cs", "bin/Gen.cs", "Grader.Contracts/IGruCell.cs", "My.Tests/T.cs");
        Assert.That(Found(), Is.EqualTo(new[] { "GruCell.cs", "More/Util.cs" }));
    }

    [Test]
    public void A_folder_with_one_dll_and_no_sources_is_an_assembly_submission()
    {
        Touch("Homework.dll");
        var source = SubmissionSource.Discover(_root, out _);
        Assert.That(source!.IsAssembly, Is.True);
        Assert.That(Path.GetFileName(source.Assembly), Is.EqualTo("Homework.dll"));
    }

    [TestCase("", "has no .cs files")]
    [TestCase("a.dll b.dll", "exactly one .dll")]
    [TestCase("notes.txt", "has no .cs files")]
    public void An_empty_or_ambiguous_folder_says_what_is_wrong(string files, string message)
    {
        Touch(files.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.That(SubmissionSource.Discover(_root, out var problem), Is.Null);
        Assert.That(problem, Does.Contain(message));
    }

    [Test]
    public void A_missing_path_or_a_file_that_is_not_a_dll_is_refused()
    {
        Assert.That(SubmissionSource.Discover(Path.Combine(_root, "nope"), out var missing), Is.Null);
        Assert.That(missing, Does.Contain("does not exist"));
        Touch("GruCell.cs");
        Assert.That(SubmissionSource.Discover(Path.Combine(_root, "GruCell.cs"), out var notDll), Is.Null);
        Assert.That(notDll, Does.Contain("not a .dll"));
    }
}
