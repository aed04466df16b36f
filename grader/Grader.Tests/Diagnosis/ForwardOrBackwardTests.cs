using Grader.Core.Diagnosis;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Tests.Grading;
using Reference.Generator.GruCell;

namespace Grader.Tests.Diagnosis;

/// <summary>A wrong gradient is blamed on the backward when the submission's own forward is right and its backward
/// disagrees with finite differences of that forward, and on the forward when the forward is already wrong.</summary>
public sealed class ForwardOrBackwardTests
{
    private static CheckResult[] WrongGradients(SubmissionGrade grade) =>
        grade.Checks.Where(c => c.Status == CheckStatus.Wrong && TestCatalog.All.Get(c.Problem).ForwardModel?.Link(c.Quantity) is not null).ToArray();

    [TestCase("gru-transposed", "gru-cell", "dWh")]
    [TestCase("nback-rnn-no-recurrent-term", "nback-rnn", "dU")]
    [TestCase("sigmoid-rnn-slope-at-state", "sigmoid-rnn", "dh_dw1")]
    [TestCase("softmax-rnn-whh-current-state", "softmax-rnn", "dWhh")]
    public void A_backward_mistake_with_a_right_forward_gets_the_backward_verdict(string sample, string problem, string gradient)
    {
        var wrong = WrongGradients(OneProblem.Grade(TestPaths.Sample(sample), problem));
        Assert.That(wrong.Select(c => c.Quantity), Does.Contain(gradient));
        Assert.That(wrong.Select(c => c.Message), Has.All.Contain(ForwardOrBackward.BackwardVerdict + ": in case ")
            .And.All.Contain("central finite differences of your forward give").And.All.Contain("fix the backward pass")
            .And.None.Contain(ForwardOrBackward.ForwardVerdict));
    }

    [Test]
    public void A_forward_mistake_gets_the_forward_verdict_and_says_the_backward_is_consistent_with_it()
    {
        var grade = OneProblem.Grade(OneProblem.Sample("gru-forward-without-reset"), "gru-cell");
        Assert.That(grade.Checks.First(c => c.Quantity == "h_next").Status, Is.EqualTo(CheckStatus.Wrong));
        var wrong = WrongGradients(grade);
        Assert.That(wrong.Select(c => c.Quantity), Is.EquivalentTo(new[] { "dx", "dh", "dWzh", "dWzx", "dWrh", "dWrx", "dWh", "dWx" }));
        Assert.That(wrong.Select(c => c.Message), Has.All.Contain(ForwardOrBackward.ForwardVerdict + ": in case ")
            .And.All.Contain("h_next already disagrees with the reference")
            .And.All.Contain("agree with finite differences of your own forward")
            .And.None.Contain(ForwardOrBackward.BackwardVerdict));
    }

    public static IEnumerable<TestCaseData> Flaws() =>
        GruCellFixtures.MistakeNames.Keys.Select(f => new TestCaseData(f).SetName(f.ToString()));

    /// <summary>Every recorded GRU mistake: forward verdict exactly when h' is wrong too, backward verdict otherwise.</summary>
    [TestCaseSource(nameof(Flaws))]
    public void Every_recorded_gru_mistake_gets_the_verdict_of_the_side_it_is_on(GruFlaw flaw)
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(flaw));
        var grade = grader.Grade(flaw.ToString(), executor);
        var forwardWrong = grade.Checks.First(c => c.Quantity == "h_next").Status != CheckStatus.Passed;
        var wrong = WrongGradients(grade);
        Assert.That(wrong, Is.Not.Empty);
        Assert.That(wrong.Select(c => c.Message),
            Has.All.Contain(forwardWrong ? ForwardOrBackward.ForwardVerdict : ForwardOrBackward.BackwardVerdict));
        Assert.That(executor.Differentiations, Is.LessThanOrEqualTo(wrong.Length), "one request per case, at most one case per check");
    }

    [Test]
    public void A_char_rnn_backward_mistake_gets_the_backward_verdict_and_the_length_sweep()
    {
        var catalog = OneProblem.Catalog("char-rnn");
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(catalog, () => new TransposedDwCharRnn());
        var dW = grader.Grade("transposed dW", executor).Checks.First(c => c.Quantity == "dW");
        Assert.That(dW.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(dW.Message, Does.Contain(ForwardOrBackward.BackwardVerdict + ": in case length-2 your forward (probs) agrees"));
        Assert.That(dW.Message, Does.Contain("agrees with the reference for T = 1 and first disagrees at T = 2 (case length-2)"));
        Assert.That(dW.Plots.Select(p => p.Title), Has.Some.StartWith("dW: error per element"));
    }

    [Test]
    public void A_correct_submission_is_not_differentiated()
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new Reference.Solutions.GruCell());
        var grade = grader.Grade("reference", executor);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
        Assert.That(executor.Differentiations, Is.Zero);
    }
}
