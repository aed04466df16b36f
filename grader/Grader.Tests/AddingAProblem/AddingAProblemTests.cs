using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Reports;
using Grader.Tests.Grading;
using Reference.Generator.Fixtures;

namespace Grader.Tests.AddingAProblem;

/// <summary>Adds a problem exactly as docs/adding-a-problem.md says (contract, module, answer key, fixture generator)
/// without touching a list anywhere, generates its fixtures and grades it end to end.</summary>
public sealed class AddingAProblemTests
{
    private static readonly System.Reflection.Assembly ThisAssembly = typeof(AffineMapModule).Assembly;
    private string _fixtures = "";

    [SetUp]
    public void Generate()
    {
        _fixtures = Directory.CreateTempSubdirectory("affine-map-").FullName;
        new FixtureRegenerator([Generator()]).Write(_fixtures);
    }

    [TearDown]
    public void Remove() => Directory.Delete(_fixtures, recursive: true);

    private static ProblemCatalog Catalog() => ProblemCatalog.Discover(ThisAssembly);

    private static IFixtureGenerator Generator() => Generators.Discover(Catalog(), ThisAssembly).Single(g => g.Problem == AffineMapModule.ProblemId);

    private SubmissionGrader Grader() =>
        new(Catalog().Only([AffineMapModule.ProblemId]), new FixtureStore(_fixtures), [FixtureSet.Public, FixtureSet.Hidden]);

    [Test]
    public void Discovery_finds_the_module_and_its_generator_beside_the_others()
    {
        var catalog = Catalog();
        Assert.That(catalog.Problems.Select(p => p.Id), Has.Member(AffineMapModule.ProblemId).And.Member("gru-cell"));
        Assert.That(catalog.Problems[^1].Id, Is.EqualTo(AffineMapModule.ProblemId), "its position puts it last");
        Assert.That(Generators.Mismatches(catalog, Generators.Discover(catalog, ThisAssembly)), Is.Empty);
        Assert.That(Generators.Mismatches(catalog, TestCatalog.Generators),
            Is.EqualTo(new[] { "affine-map: no fixture generator in reference/ (a class implementing IFixtureGenerator whose Problem is \"affine-map\")." }));
    }

    [Test]
    public void Its_fixtures_are_written_in_both_sets_and_regenerate_bit_for_bit()
    {
        var store = new FixtureStore(_fixtures);
        Assert.That(store.Load(FixtureSet.Public, AffineMapModule.ProblemId).Select(f => f.Case), Is.EqualTo(new[] { "small" }));
        Assert.That(store.Load(FixtureSet.Hidden, AffineMapModule.ProblemId).Select(f => f.Case), Is.EquivalentTo(new[] { "tall", "wide" }));
        Assert.That(store.Load(FixtureSet.Public, AffineMapModule.ProblemId)[0].Mistakes.Keys, Is.EqualTo(new[] { AffineMapModule.BiasLeftOut }));
        Assert.That(new FixtureRegenerator([Generator()]).Check(_fixtures), Is.Empty);
    }

    [Test]
    public void The_answer_key_graded_as_a_submission_gets_full_marks()
    {
        using var executor = new InProcessExecutor(ThisAssembly, Catalog());
        var grade = Grader().Grade("answer key", executor);
        Assert.That(grade.Checks, Has.Count.EqualTo(8), "four quantities in two sets");
        Assert.That(grade.Checks.Where(c => c.Status != CheckStatus.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
        Assert.That(FeedbackMarkdown.Render(grade), Does.Contain("## affine-map: 8 / 8"));
    }

    [Test]
    public void Its_recorded_mistake_is_named_with_its_hint()
    {
        using var executor = new InstanceExecutor(Catalog(), () => new BiasLeftOutAffineMap());
        var grade = Grader().Grade("bias left out", executor);
        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => (c.Quantity, c.Status)).Distinct(), Is.EqualTo(new[] { ("y", CheckStatus.Wrong) }));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain(AffineMapModule.BiasLeftOut).And.All.Contain("add the bias"));
    }
}
