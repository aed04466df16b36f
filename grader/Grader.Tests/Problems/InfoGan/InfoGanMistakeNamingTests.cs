using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Grader.Tests.Grading;
using Reference.Generator.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>For every recorded InfoGAN mistake, pieces that make exactly that mistake are told its name.</summary>
public sealed class InfoGanMistakeNamingTests
{
    private static readonly ProblemCatalog Catalog = new([new InfoGanProblem()]);
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

    [Test]
    public void Every_mistake_has_a_hint()
    {
        Assert.That(InfoGanFixtures.MistakeNames.Values, Is.EquivalentTo(InfoGanMistakes.Hints.Keys));
        Assert.That(new FlawedInfoGan(InfoGanFlaw.None).GeneratorInput(3, [0.5, -1], [2]),
            Is.EqualTo(new Reference.Solutions.InfoGan().GeneratorInput(3, [0.5, -1], [2])));
    }
}
