using Grader.Cli.SelfCheck;
using Grader.Cli.Submissions;
using Grader.Core.Problems;

namespace Grader.Tests.SelfCheck;

/// <summary>The checked-in list of equivalent mutants cannot go stale silently: every entry names a mutant the
/// answer key still produces, and says why it is equivalent.</summary>
public sealed class EquivalentMutantListTests
{
    private static readonly string ListPath = Path.Combine(TestPaths.Root, "reference", "equivalent-mutants.json");

    private static IReadOnlyList<EquivalentMutant> Listed => EquivalentMutantList.Load(ListPath);

    [Test]
    public void Every_listed_mutant_is_still_generated()
    {
        var generated = new MutantGenerator(TestCatalog.All, new SubmissionCompiler())
            .Generate(SourceFile.ReadFolder(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions")))
            .Select(m => m.Id)
            .ToHashSet(StringComparer.Ordinal);
        Assert.That(Listed.Select(e => e.Id).Where(id => !generated.Contains(id)), Is.Empty,
            "these entries match no mutant any more: run `grader selfcheck --write-equivalents-template reference/equivalent-mutants.json` and review");
    }

    [Test]
    public void Every_entry_says_why_and_is_listed_once_in_order()
    {
        Assert.That(File.Exists(ListPath), Is.True);
        Assert.That(Listed.Select(e => e.Id), Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(Listed.Where(e => string.IsNullOrWhiteSpace(e.Reason) || e.Reason == EquivalentMutantList.Placeholder).Select(e => e.Id), Is.Empty);
    }

    [Test]
    public void The_refreshed_list_keeps_reasons_drops_stale_and_killed_entries_and_adds_survivors()
    {
        Mutant Mutant(string id) => new(id, "F.cs", "F.M", MutantKind.Constant, "1", "2", 1, ["p"], "");
        var existing = new[] { new EquivalentMutant("kept", "same value"), new EquivalentMutant("stale", "old"), new EquivalentMutant("dead", "was thought equal") };
        var results = new[]
        {
            new MutantResult(Mutant("kept"), MutantStatus.Equivalent, "same value", TimeSpan.Zero),
            new MutantResult(Mutant("new"), MutantStatus.Survived, "", TimeSpan.Zero),
            new MutantResult(Mutant("dead"), MutantStatus.Killed, "", TimeSpan.Zero),
        };

        var refreshed = EquivalentMutantList.WithSurvivors(existing, results, new HashSet<string> { "kept", "new", "dead" });

        Assert.That(refreshed, Is.EquivalentTo(new[] { new EquivalentMutant("kept", "same value"), new EquivalentMutant("new", EquivalentMutantList.Placeholder) }));
    }

    [Test]
    public void An_unobservable_entry_keeps_its_mark_through_a_save_and_counts_against_the_kill_rate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"equivalents-{Guid.NewGuid():N}.json");
        try
        {
            EquivalentMutantList.Save(path, [new EquivalentMutant("same", "same value"), new EquivalentMutant("wrong", "no check sees it") { Unobservable = true }]);
            Assert.That(File.ReadAllText(path), Does.Contain("\"unobservable\": true").And.Not.Contain("\"unobservable\": false"));
            Assert.That(EquivalentMutantList.Load(path).Single(e => e.Id == "wrong").Unobservable, Is.True);
            Assert.That(EquivalentMutantList.Load(path).Single(e => e.Id == "same").Unobservable, Is.False);
        }
        finally
        {
            File.Delete(path);
        }

        Mutant Mutant(string id) => new(id, "F.cs", "F.M", MutantKind.Constant, "1", "2", 1, ["p"], "");
        var summary = ProblemSummary.Of("p",
        [
            new MutantResult(Mutant("a"), MutantStatus.Killed, "", TimeSpan.Zero),
            new MutantResult(Mutant("b"), MutantStatus.Unobservable, "", TimeSpan.Zero),
            new MutantResult(Mutant("c"), MutantStatus.Equivalent, "", TimeSpan.Zero),
        ]);
        Assert.That((summary.Killed, summary.Unobservable, summary.Equivalent, summary.KillRate), Is.EqualTo((1, 1, 1, 0.5)));
    }
}
