using System.Text.RegularExpressions;
using Grader.Cli.Packaging;
using Grader.Core.Problems;
using Grader.Tests.Assignments;

namespace Grader.Tests.Packaging;

/// <summary>What `grader pack student --assignment ID` puts in the zip, read from its list of entries without building
/// anything: the assignment's problems and nothing of the others, no answer, no hidden fixture, and a README that gives
/// every part with its points.</summary>
public sealed class StudentPackFilesTests
{
    public static IEnumerable<TestCaseData> Assignments() => TestAssignments.Ids.Select(id => new TestCaseData(id).SetName(id));

    private static PackageEntries Pack(string id) =>
        StudentPackage.Contents(TestPaths.Root, TestCatalog.All, TestAssignments.Load(id));

    [Test]
    public void The_gru_cell_pack_holds_the_gru_cell_and_nothing_of_the_other_problems()
    {
        var names = Pack("004-gru-cell").Names.ToArray();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "README.md", "Homework.slnx", "student-template/Homework/GruCell.cs", "student-template/Grader.Contracts/IGruCell.cs",
            "student-template/problems/gru-cell.md", "grader/Grader.Core/Problems/GruCell/GruCellModule.cs",
            "grader/Grader.Core/Problems/ProblemCatalog.cs", "fixtures/public/gru-cell/one-unit.json",
            "student-template/Homework.Tests/PublicChecks.cs", "student-template/Grader.Toolkit/MlpClassifier.cs",
        }));
        Assert.That(names, Has.None.Contain("NbackRnn").And.None.Contain("nback-rnn").And.None.Contain("InfoGan"));
        Assert.That(names, Has.None.StartWith("fixtures/hidden/").And.None.StartWith("fixtures/data/"));
        Assert.That(names.Where(n => n.StartsWith("student-template/Grader.Contracts/", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { "student-template/Grader.Contracts/Grader.Contracts.csproj", "student-template/Grader.Contracts/IGruCell.cs" }));
    }

    [TestCaseSource(nameof(Assignments))]
    public void A_pack_holds_its_problems_files_and_no_other_problems(string id)
    {
        var assignment = TestAssignments.Load(id);
        var mine = TestCatalog.All.Only(assignment.Problems).Problems.Select(p => new ProblemSources(p)).ToArray();
        var names = Pack(id).Names.ToArray();

        Assert.That(Stems(names, "student-template/Homework/", ".cs"), Is.EquivalentTo(mine.Select(s => s.Stem)));
        Assert.That(Stems(names, "student-template/problems/", ".md"), Is.EquivalentTo(mine.Select(s => s.Id)));
        Assert.That(Folders(names, ProblemSources.ProblemsFolder + "/"), Is.EquivalentTo(mine.Select(s => s.Stem)));
        Assert.That(Folders(names, "fixtures/public/"), Is.EquivalentTo(mine.Select(s => s.Id)));
        Assert.That(Stems(names, ProblemSources.ContractsFolder + "/", ".cs"),
            Is.EquivalentTo(mine.SelectMany(s => s.ContractTypes).Select(t => t.Name).Distinct()));
        foreach (var forbidden in StudentPackage.Forbidden)
        {
            Assert.That(names, Has.None.Contain(forbidden));
        }
        Assert.That(names.Any(n => n.StartsWith("fixtures/data/", StringComparison.Ordinal)), Is.EqualTo(assignment.Problems.Contains("mlp-selection")),
            "the data sets only with the problem whose text reads them");
    }

    [TestCaseSource(nameof(Assignments))]
    public void Its_README_lists_every_part_with_its_points_and_no_rubric(string id)
    {
        var assignment = TestAssignments.Load(id);
        var readme = Pack(id).Texts["README.md"];
        Assert.That(readme, Does.StartWith($"# {assignment.Title}\n"));
        Assert.That(readme, Does.Contain($"`{assignment.Id}`: {Cli.PointsText.Of(assignment.Total)} points"));
        foreach (var part in TestAssignments.AllParts(assignment))
        {
            Assert.That(readme, Does.Match($@"\| (\*\*)?{Regex.Escape(part.Label)}(\*\*)? \| .* \| {Cli.PointsText.Of(part.Points)} \| {Regex.Escape(StudentReadme.GradedBy(part))} \|"),
                $"part {part.Label}");
            if (part.Hand is { } hand)
            {
                Assert.That(readme, Does.Contain($"**{part.Label}** ({StudentReadme.Counted(hand.Points)}): {hand.What}."));
                Assert.That(hand.Rubric.Select(r => r.Description), Has.None.Matches<string>(d => readme.Contains(d, StringComparison.Ordinal)));
            }
        }
    }

    [TestCaseSource(nameof(Assignments))]
    public void Every_public_check_of_its_problems_counts_for_a_part_so_the_pack_needs_no_assignment_file(string id)
    {
        var assignment = TestAssignments.Load(id);
        Assert.That(TestFilters.Checks(assignment, TestCatalog.All),
            Is.EquivalentTo(TestCatalog.All.Only(assignment.Problems).Problems.SelectMany(TestFilters.Checks)));
    }

    [TestCaseSource(nameof(Assignments))]
    public void The_filters_of_its_README_select_exactly_the_checks_they_name(string id)
    {
        // The filter language of `dotnet test` for these terms: Name=X equal, Name~X contained, both ignoring case.
        var assignment = TestAssignments.Load(id);
        var all = TestCatalog.All.Problems.SelectMany(TestFilters.Checks).ToArray();
        string[] Selected(string filter) => all.Where(name => filter.Split('|').Any(term => term.StartsWith("Name=", StringComparison.Ordinal)
            ? string.Equals(name, term[5..], StringComparison.OrdinalIgnoreCase)
            : name.Contains(term[5..], StringComparison.OrdinalIgnoreCase))).ToArray();
        foreach (var problem in TestCatalog.All.Only(assignment.Problems).Problems)
        {
            Assert.That(Selected(TestFilters.ForProblem(problem)), Is.EquivalentTo(TestFilters.Checks(problem)), problem.Id);
        }
        var readme = Pack(id).Texts["README.md"];
        foreach (var part in assignment.Leaves.Where(p => p.Machine is not null))
        {
            var checks = TestFilters.Checks(part.Machine!, assignment, TestCatalog.All).ToArray();
            var filter = TestFilters.For(checks, TestCatalog.All);
            Assert.That(Selected(filter), Is.EquivalentTo(checks), part.Label);
            Assert.That(readme, Does.Contain(TestFilters.Command(filter)), part.Label);
        }
    }

    [Test]
    public void The_contract_types_of_every_problem_are_one_file_each_and_every_contract_file_is_some_problems()
    {
        var used = TestCatalog.All.Problems.SelectMany(p => new ProblemSources(p).ContractTypes).Distinct().ToArray();
        Assert.That(new ProblemSources(TestCatalog.All.Get("nback-rnn")).ContractTypes.Select(t => t.Name),
            Is.EqualTo(new[] { "INbackRnn", "NbackGradients", "NbackTrainingRun", "NbackWeights" }));
        Assert.That(used.Select(t => t.Name), Is.EquivalentTo(typeof(Grader.Contracts.IGruCell).Assembly.GetExportedTypes().Select(t => t.Name)));
        var files = Directory.GetFiles(Path.Combine(TestPaths.Root, ProblemSources.ContractsFolder), "*.cs").Select(Path.GetFileNameWithoutExtension);
        Assert.That(files, Is.EquivalentTo(used.Select(t => t.Name)));
    }

    [Test]
    public void The_practice_pack_holds_every_problem_and_a_README_of_them()
    {
        var pack = StudentPackage.Contents(TestPaths.Root, TestCatalog.All);
        var names = pack.Names.ToArray();
        foreach (var sources in TestCatalog.All.Problems.Select(p => new ProblemSources(p)))
        {
            Assert.That(names, Does.Contain(sources.Stub).And.Contain(sources.Text).And.Contain($"{sources.CheckCode}/{sources.Stem}Module.cs"));
            Assert.That(pack.Texts["README.md"], Does.Contain($"`{sources.Id}`"));
        }
        Assert.That(names, Does.Contain("Homework.slnx").And.Contain("fixtures/data/trnX-3d.csv"));
    }

    /// <summary>The names without extension of the files right in <paramref name="folder"/> with that extension.</summary>
    private static IEnumerable<string> Stems(IEnumerable<string> names, string folder, string extension) =>
        names.Where(n => n.StartsWith(folder, StringComparison.Ordinal) && !n[folder.Length..].Contains('/') && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n => n[folder.Length..^extension.Length]);

    /// <summary>The sub-folders of <paramref name="folder"/> that hold a file.</summary>
    private static IEnumerable<string> Folders(IEnumerable<string> names, string folder) =>
        names.Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n[folder.Length..].Contains('/'))
            .Select(n => n[folder.Length..].Split('/')[0]).Distinct();
}
