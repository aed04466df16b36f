using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Grader.Tests.Grading;
using Reference.Generator.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>For every recorded InfoGAN mistake, pieces that make exactly that mistake are told its name.</summary>
[Category(TestTiers.Slow)]
public sealed class InfoGanMistakeNamingTests
{
    private static readonly ProblemCatalog Catalog = new([new InfoGanModule()]);
    private static readonly string[] Pieces = ["generator_input", "discriminator_loss", "generator_loss"];

    public static IEnumerable<TestCaseData> Flaws() =>
        InfoGanFixtures.MistakeNames.Select(m => new TestCaseData(m.Key, m.Value).SetName(m.Key.ToString()));

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_on_every_wrong_piece(InfoGanFlaw flaw, string mistake)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedInfoGan(flaw));
        var grade = grader.Grade(flaw.ToString(), executor);

        var wrong = grade.Checks.Where(c => Pieces.Contains(c.Quantity) && !c.Passed).ToArray();
        Assert.That(wrong, Is.Not.Empty, "the fixtures must catch this mistake");
        Assert.That(wrong.Select(c => c.Status), Has.All.EqualTo(CheckStatus.Wrong));
        Assert.That(wrong.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}. {InfoGanMistakes.Hints[mistake]}"));
        Assert.That(wrong.Select(c => c.Set).Distinct().Count(), Is.EqualTo(2), "public and hidden cases both catch it");
    }

    [TestCase(InfoGanFlaw.QLossLeftOut)]
    [TestCase(InfoGanFlaw.LambdaNotApplied)]
    public void A_training_step_that_makes_the_mistake_is_told_its_name(InfoGanFlaw flaw)
    {
        var mistake = InfoGanFixtures.MistakeNames[flaw];
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedInfoGan(flaw));
        var steps = grader.Grade(flaw.ToString(), executor).Checks.Where(c => InfoGanStepCase.GradientNames.Contains(c.Quantity)).ToArray();

        var wrong = steps.Where(c => !c.Passed).ToArray();
        Assert.That(wrong.Select(c => c.Quantity).Distinct(), Does.Contain("d_trunk_weights").And.Contain("d_generator_hidden_weights"));
        Assert.That(wrong.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}."));
    }

    [Test]
    public void The_answer_keys_training_step_gets_every_step_point()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedInfoGan(InfoGanFlaw.None));
        var steps = grader.Grade("none", executor).Checks.Where(c => c.Quantity.StartsWith("d_", StringComparison.Ordinal) || c.Quantity.StartsWith("adam_", StringComparison.Ordinal) ||
            c.Quantity is "generated" or "discriminator_objective" or "generator_objective").ToArray();

        Assert.That(steps, Has.Length.EqualTo(2 * 18));
        Assert.That(steps.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
    }

    [Test]
    public void Every_mistake_has_a_hint()
    {
        Assert.That(InfoGanFixtures.MistakeNames.Values, Is.EquivalentTo(InfoGanMistakes.Hints.Keys));
        Assert.That(new FlawedInfoGan(InfoGanFlaw.None).GeneratorInput(3, [0.5, -1], [2]),
            Is.EqualTo(new Reference.Solutions.InfoGan().GeneratorInput(3, [0.5, -1], [2])));
    }
}
