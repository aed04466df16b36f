using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Reference.Generator.Fixtures;

namespace Grader.Tests.Grading;

/// <summary>The mistake catalogue, for every problem of the catalogue, from the data alone: each problem names at least
/// five known wrong implementations, each with a hint a student can act on; every mistake its fixtures record is one of
/// them; and a submission that makes exactly that mistake is told its name, on every value it gets wrong where the
/// fixtures record what the mistake gives. (A mistake a problem recognises by a judgement of the submission's own
/// report, rather than by a recorded output, is named all the same.)</summary>
public sealed class MistakeCatalogueTests
{
    private const int MinimumMistakes = 5;

    private static readonly FixtureStore Store = new(TestPaths.Fixtures);

    public static IEnumerable<TestCaseData> Problems() =>
        TestCatalog.All.Problems.Select(p => new TestCaseData(p.Id).SetName($"{{m}}({p.Id})"));

    public static IEnumerable<TestCaseData> NamedMistakes() =>
        TestCatalog.All.Problems.SelectMany(p => p.MistakeHints.Keys.Order(StringComparer.Ordinal)
            .Select(m => new TestCaseData(p.Id, m).SetName($"{{m}}({p.Id}: {m})")));

    [TestCaseSource(nameof(Problems))]
    public void Every_problem_names_at_least_five_mistakes(string problem) =>
        Assert.That(TestCatalog.All.Get(problem).MistakeHints.Keys, Has.Count.GreaterThanOrEqualTo(MinimumMistakes),
            $"{problem}: name at least {MinimumMistakes} known wrong implementations, each with a hint");

    [TestCaseSource(nameof(Problems))]
    public void Every_recorded_mistake_has_a_hint(string problem) =>
        Assert.That(TestCatalog.All.Get(problem).MistakeHints.Keys, Is.SupersetOf(Recorded(problem)));

    [TestCaseSource(nameof(Problems))]
    public void Every_named_mistake_can_be_built(string problem)
    {
        var flawed = TestCatalog.Generators.Single(g => g.Problem == problem) as IKnownMistakes;
        Assert.That(flawed?.FlawedImplementations.Keys ?? [], Is.SupersetOf(TestCatalog.All.Get(problem).MistakeHints.Keys),
            $"{problem}'s generator must implement {nameof(IKnownMistakes)} with a flawed implementation per named mistake");
    }

    [TestCaseSource(nameof(NamedMistakes))]
    public void A_submission_making_exactly_the_mistake_is_told_its_name(string problem, string mistake)
    {
        var generator = (IKnownMistakes)TestCatalog.Generators.Single(g => g.Problem == problem);
        var catalog = new ProblemCatalog([TestCatalog.All.Get(problem)]);
        var grader = new SubmissionGrader(catalog, Store, [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(catalog, generator.FlawedImplementations[mistake]);

        var failed = grader.Grade(mistake, executor).Checks.Where(c => !c.Passed).ToArray();

        Assert.That(failed, Is.Not.Empty, "the fixtures must catch this mistake");
        var named = failed.Where(c => c.Mistake == mistake).ToArray();
        Assert.That(named, Is.Not.Empty, $"no failed check names the mistake; they name: {string.Join(", ", failed.Select(c => c.Mistake ?? "nothing"))}");
        var hint = catalog.Problems[0].MistakeHints[mistake];
        Assert.That(named.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}. {hint}"));
        Assert.That(failed.Select(c => c.Mistake).OfType<string>(), Has.All.EqualTo(mistake), "no other mistake is blamed");
        // Only a criterion that no mistake records (an accuracy target, a training run) may fail on a value without a name.
        var unnamed = failed.Where(c => c.Status is CheckStatus.Wrong or CheckStatus.ShapeMismatch && c.Mistake is null && !UnrecordedCriteria(problem).Contains(c.Quantity));
        Assert.That(unnamed.Select(c => c.Id), Is.Empty, "a wrong value the fixtures record for this mistake names it");
    }

    /// <summary>The quantities a problem judges by a criterion and for which no fixture records a mistake's output.</summary>
    private static HashSet<string> UnrecordedCriteria(string problem)
    {
        var recorded = new[] { FixtureSet.Public, FixtureSet.Hidden }
            .SelectMany(set => Store.Load(set, problem))
            .SelectMany(f => f.Mistakes.Values.SelectMany(outputs => outputs.Keys))
            .ToHashSet(StringComparer.Ordinal);
        return TestCatalog.All.Get(problem).Quantities.Where(q => q.IsJudged && !recorded.Contains(q.Name)).Select(q => q.Name)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names of the mistakes a problem's fixtures record, over both sets.</summary>
    private static SortedSet<string> Recorded(string problem) =>
        new(new[] { FixtureSet.Public, FixtureSet.Hidden }
            .SelectMany(set => Store.Load(set, problem))
            .SelectMany(f => f.Mistakes.Keys), StringComparer.Ordinal);
}
