using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.NbackRnn;
using Reference.Generator.NbackRnn;

namespace Grader.Tests.Grading;

/// <summary>For every recorded BPTT mistake of <c>nback-rnn</c>, a submission that makes exactly that mistake is told its
/// name on the gradient checks it fails, and where the length sweep first catches it.</summary>
public sealed class NbackMistakeNamingTests
{
    private static readonly ProblemCatalog Catalog = new([new NbackRnnModule()]);

    private static readonly string[] Gradients = ["dU", "dV", "dw"];

    /// <summary>The shortest length at which each flaw shows in some gradient: one-step flaws at T = 1, flaws of what flows
    /// back in time at T = 2.</summary>
    public static IEnumerable<TestCaseData> Flaws() =>
    [
        new TestCaseData(NbackFlaw.RecurrentTermMissing, 2).SetName("RecurrentTermMissing"),
        new TestCaseData(NbackFlaw.CurrentStateInDU, 1).SetName("CurrentStateInDU"),
        new TestCaseData(NbackFlaw.TanhDerivativeMissing, 1).SetName("TanhDerivativeMissing"),
        new TestCaseData(NbackFlaw.LastStepOnly, 2).SetName("LastStepOnly"),
        new TestCaseData(NbackFlaw.DUTransposed, 2).SetName("DUTransposed"),
    ];

    [TestCaseSource(nameof(Flaws))]
    public void The_grader_names_the_mistake_and_the_first_wrong_length(NbackFlaw flaw, int firstWrongLength)
    {
        var mistake = NbackRnnFixtures.MistakeNames[flaw];
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(Catalog, () => new FlawedNbackRnn(flaw));
        var failed = grader.Grade(flaw.ToString(), executor).Checks.Where(c => !c.Passed && Gradients.Contains(c.Quantity)).ToArray();

        Assert.That(failed, Is.Not.Empty, "the fixtures must catch this mistake");
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(mistake));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain($"Likely mistake: {mistake}."));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain("Length sweep: "));
        var messages = string.Join("\n", failed.Select(c => c.Message));
        if (firstWrongLength == 1)
        {
            Assert.That(messages, Does.Contain("already wrong at the shortest sequence, T = 1 "));
        }
        else
        {
            Assert.That(messages, Does.Not.Contain("already wrong at the shortest sequence"));
            Assert.That(messages, Does.Contain($"agrees with the reference for T = 1 and first disagrees at T = {firstWrongLength} "));
        }
    }

    [Test]
    public void The_answer_key_passes_every_check_with_its_loss_curves_drawn()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(Catalog, () => new Reference.Solutions.NbackRnn());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        var plots = grade.Checks.SelectMany(c => c.Plots).ToArray();
        Assert.That(plots.Select(p => p.Title), Has.Some.Contains("gradient descent").And.Some.Contains("Train"));
        Assert.That(plots.Select(p => p.Svg), Has.All.StartWith("<svg").And.All.Contain("(log scale)"));
    }
}
