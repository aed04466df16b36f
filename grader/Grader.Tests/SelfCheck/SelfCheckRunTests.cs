using System.Text.Json;
using Grader.Cli.Isolation;
using Grader.Cli.SelfCheck;
using Grader.Cli.Submissions;
using Grader.Core.Problems;

namespace Grader.Tests.SelfCheck;

/// <summary>Selfcheck end to end on lstm-worked, through the submission compiler and runner child processes: an
/// obviously wrong mutant is killed; a mutant of dead code survives and is reported in the equivalents file's format.</summary>
[Category(TestTiers.Process)]
public sealed class SelfCheckRunTests
{
    private const string TanhToSigmoid = "LstmWorked.cs:LstmWorked.Output:Activation:Math.Tanh(c) → (1.0 / (1.0 + Math.Exp(-(c))))";
    private const string DeadCode = "LstmWorked.cs:LstmWorked.Step:Constant:41 → 42";

    private string _scratch = "";

    [SetUp]
    public void CreateScratch() => _scratch = Directory.CreateTempSubdirectory("selfcheck-test-").FullName;

    [TearDown]
    public void RemoveScratch() => Directory.Delete(_scratch, recursive: true);

    private SelfCheckSettings Settings(string referenceFolder, params string[] mutants) => new()
    {
        ReferenceFolder = referenceFolder,
        FixturesRoot = TestPaths.Fixtures,
        OutputFolder = Path.Combine(_scratch, "out"),
        EquivalentsPath = Path.Combine(_scratch, "equivalent-mutants.json"),
        Jobs = 2,
        Problems = ["lstm-worked"],
        Mutants = mutants,
        Limit = 3,
    };

    [Test]
    public void An_obviously_wrong_mutant_is_killed_and_a_listed_equivalent_that_is_killed_is_flagged()
    {
        EquivalentMutantList.Save(Path.Combine(_scratch, "equivalent-mutants.json"), [new EquivalentMutant(TanhToSigmoid, "wrongly listed"), new EquivalentMutant("gone", "stale")]);
        var reference = Path.Combine(TestPaths.Root, "reference", "Reference.Solutions");

        var report = new SelfCheckRunner(Settings(reference, TanhToSigmoid), TestCatalog.All, new SubmissionCompiler(), Sandbox.Find(), TextWriter.Null).Run();

        var result = report.Results.Single();
        Assert.That(result.Status, Is.EqualTo(MutantStatus.Killed), result.Detail);
        Assert.That(result.Detail, Does.Contain("wrong").And.Contain("lstm-worked/hidden/"));
        Assert.That(report.KilledEquivalents, Is.EqualTo(new[] { TanhToSigmoid }));
        Assert.That(report.StaleEquivalents, Is.EqualTo(new[] { "gone" }));
        Assert.That(report.Passed, Is.True, "a killed mutant fails nothing");
        Assert.That(Directory.Exists(Path.Combine(_scratch, "out", "work")), Is.False, "each mutant's scratch folder is removed");
        var lstm = report.Problems.Single();
        Assert.That((lstm.Problem, lstm.Generated, lstm.Compiled, lstm.Killed, lstm.Survived, lstm.KillRate), Is.EqualTo(("lstm-worked", 1, 1, 1, 0, 1.0)));
    }

    [Test]
    public void A_mutant_the_fixtures_cannot_see_survives_and_is_reported_ready_to_list()
    {
        var reference = Path.Combine(_scratch, "reference");
        Directory.CreateDirectory(reference);
        var source = File.ReadAllText(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions", "LstmWorked.cs"));
        // A computed value nothing uses: every mutant of it computes what the answer key computes.
        File.WriteAllText(Path.Combine(reference, "LstmWorked.cs"),
            source.Replace("var c = Cell(", "var unused = 41;\n        _ = unused;\n        var c = Cell("));

        var report = new SelfCheckRunner(Settings(reference, DeadCode, "Math.Tanh(c) → (1.0"), TestCatalog.All, new SubmissionCompiler(), Sandbox.Find(), TextWriter.Null).Run();

        Assert.That(report.Results.Select(r => (r.Mutant.Id, r.Status)),
            Is.EquivalentTo(new[] { (DeadCode, MutantStatus.Survived), (TanhToSigmoid, MutantStatus.Killed) }));
        Assert.That(report.Passed, Is.False);
        Assert.That(report.Problems.Single().KillRate, Is.EqualTo(0.5));

        var markdown = SelfCheckMarkdown.Render(report);
        Assert.That(markdown, Does.Contain("| lstm-worked | 2 | 2 | 1 | 0 | 0 | 1 | 50.0 % |"));
        Assert.That(markdown, Does.Contain("## Survivors").And.Contain("`41 → 42` (Constant)"));
        var listed = markdown.Split("```json\n")[1].Split("\n```")[0];
        Assert.That(JsonSerializer.Deserialize<EquivalentMutant[]>(listed, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Single().Id, Is.EqualTo(DeadCode));

        using var json = JsonDocument.Parse(SelfCheckJson.Render(report));
        Assert.That(json.RootElement.GetProperty("passed").GetBoolean(), Is.False);
        var summary = json.RootElement.GetProperty("problems")[0];
        Assert.That((summary.GetProperty("killed").GetInt32(), summary.GetProperty("survived").GetInt32(), summary.GetProperty("kill_rate").GetDouble()), Is.EqualTo((1, 1, 0.5)));
        var survivor = json.RootElement.GetProperty("mutants").EnumerateArray().Single(m => m.GetProperty("status").GetString() == "Survived");
        Assert.That(survivor.GetProperty("kind").GetString(), Is.EqualTo("Constant"));
    }

    [Test]
    public void A_mutant_that_does_not_compile_is_counted_not_fatal()
    {
        var reference = Path.Combine(_scratch, "reference");
        Directory.CreateDirectory(reference);
        var source = File.ReadAllText(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions", "LstmWorked.cs"));
        // A byte constant at its maximum: its mutant 256 does not fit, so the compiler refuses it.
        File.WriteAllText(Path.Combine(reference, "LstmWorked.cs"),
            source.Replace("public LstmStep Step(", "private const byte Small = 255 - 0;\n\n    public LstmStep Step("));

        var report = new SelfCheckRunner(Settings(reference, "Small:Constant:255 → 256"), TestCatalog.All, new SubmissionCompiler(), Sandbox.Find(), TextWriter.Null).Run();

        var result = report.Results.Single();
        Assert.That(result.Status, Is.EqualTo(MutantStatus.CompileError), result.Detail);
        Assert.That(report.Problems.Single().CompileErrors, Is.EqualTo(1));
        Assert.That(report.Passed, Is.True);
    }

    [Test]
    public void A_mutant_that_hangs_is_killed_by_the_time_limit()
    {
        var reference = Path.Combine(_scratch, "reference");
        Directory.CreateDirectory(reference);
        var source = File.ReadAllText(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions", "LstmWorked.cs"));
        // A loop that runs once; its mutant k -= 1 never ends.
        File.WriteAllText(Path.Combine(reference, "LstmWorked.cs"),
            source.Replace("var c = Cell(", "for (var k = 0; k < 1; k += 1)\n        {\n        }\n        var c = Cell("));
        var settings = Settings(reference, "k += 1 → k -= 1") with
        {
            Isolation = new IsolationSettings { Timeouts = TimeoutPolicy.Default with { Floor = TimeSpan.FromSeconds(1) } },
        };

        var report = new SelfCheckRunner(settings, TestCatalog.All, new SubmissionCompiler(), Sandbox.Find(), TextWriter.Null).Run();

        var result = report.Results.Single();
        Assert.That(result.Status, Is.EqualTo(MutantStatus.Killed), result.Detail);
        Assert.That(result.Detail, Does.Contain("timed out"));
    }
}
