using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Tests.Samples;

/// <summary>The recurrent-network samples of grader/testdata/submissions, each written independently with one known
/// mistake, graded end to end: compile, run, score, and what the feedback says.</summary>
public sealed class RnnSampleSubmissionTests
{
    private static readonly string[] Samples = ["nback-rnn-no-recurrent-term", "sigmoid-rnn-slope-at-state", "softmax-rnn-whh-current-state"];

    private readonly Dictionary<string, GradingRun> _runs = [];
    private string _work = "";

    [OneTimeSetUp]
    public void GradeSamples()
    {
        _work = Directory.CreateTempSubdirectory("rnn-samples-").FullName;
        var grader = new SubmissionGrader(TestCatalog.All, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(TestCatalog.All));
        foreach (var name in Samples)
        {
            _runs[name] = pipeline.Grade(TestPaths.Sample(name), Path.Combine(_work, name));
        }
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private CheckResult[] Failed(string sample, string problem) =>
        _runs[sample].Grade.Checks.Where(c => c.Problem == problem && !c.Passed).ToArray();

    [Test]
    public void Leaving_out_the_recurrent_term_loses_dU_dV_and_both_loss_targets_and_is_named()
    {
        var failed = Failed("nback-rnn-no-recurrent-term", "nback-rnn");
        Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[]
        {
            "nback-rnn/public/dU", "nback-rnn/public/dV", "nback-rnn/public/sgd_losses", "nback-rnn/public/train_loss",
            "nback-rnn/hidden/dU", "nback-rnn/hidden/dV", "nback-rnn/hidden/sgd_losses", "nback-rnn/hidden/train_loss",
        }));
        var gradients = failed.Where(c => c.Quantity is "dU" or "dV").ToArray();
        Assert.That(gradients.Select(c => c.Mistake), Has.All.EqualTo("recurrent term Uᵀδ left out (gradient truncated to one step)"));
        Assert.That(gradients.Select(c => c.Message), Has.All.StartWith("d").And.All.Contain("(∂J/∂").And.All.Contain("Likely mistake: recurrent term Uᵀδ left out"));
        var dV = gradients.First(c => c.Quantity == "dV");
        Assert.That(dV.Message, Does.Contain("agrees with the reference for T = 1 and first disagrees at T = 2 (case length-02)"));
        var target = failed.First(c => c.Quantity == "sgd_losses");
        Assert.That(target.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(target.Message, Does.Contain("It must satisfy: the loss J ends below 0.05.").And.Contain("after 2000 epochs, not below 0.05"));
        // The sample's own Train reports what its weights give, so its history is reproduced even though it misses the target.
        Assert.That(_runs["nback-rnn-no-recurrent-term"].Grade.Checks.Where(c => c.Quantity == "train_history").Select(c => c.Status),
            Has.All.EqualTo(CheckStatus.Passed));
        Assert.That(_runs["nback-rnn-no-recurrent-term"].Grade.Score, Is.EqualTo(8));
    }

    [Test]
    public void The_loss_curves_are_drawn_and_linked_from_the_feedback()
    {
        var grade = _runs["nback-rnn-no-recurrent-term"].Grade;
        var feedback = FeedbackMarkdown.Render(grade);
        var files = FeedbackMarkdown.PlotFiles(grade);
        Assert.That(files.Keys, Does.Contain("plots/nback-rnn-public-sgd_losses-1.svg").And.Contain("plots/nback-rnn-hidden-train_history-1.svg"));
        foreach (var path in files.Keys)
        {
            Assert.That(feedback, Does.Contain($"]({path})"));
        }
        var svg = files["plots/nback-rnn-public-sgd_losses-1.svg"];
        Assert.That(svg, Does.StartWith("<svg").And.Contain(">epoch<").And.Contain("J (log scale)").And.Contain("your gradients").And.Contain("reference"));

        var written = FeedbackMarkdown.WritePlots(grade, Path.Combine(_work, "feedback"));
        Assert.That(written, Is.EquivalentTo(files.Keys));
        Assert.That(File.ReadAllText(Path.Combine(_work, "feedback", "plots", "nback-rnn-public-sgd_losses-1.svg")), Is.EqualTo(svg));
    }

    [Test]
    public void Taking_the_slope_at_the_state_loses_the_derivative_checks_and_is_named()
    {
        var failed = Failed("sigmoid-rnn-slope-at-state", "sigmoid-rnn");
        Assert.That(failed.Select(c => c.Quantity).Distinct(), Is.EqualTo(new[] { "dh_dw1", "dL_dw1", "contributions" }));
        Assert.That(failed, Has.Length.EqualTo(6));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo("σ' taken at h_t instead of a_t"));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain("already wrong at the shortest sequence, T = 1"));
        Assert.That(failed.First(c => c.Quantity == "dh_dw1").Message, Does.StartWith("dh_dw1 (dh_t/dw1 for t = 1 … T): wrong in 6 of 6 cases."));
        Assert.That(_runs["sigmoid-rnn-slope-at-state"].Grade.Score, Is.EqualTo(8));
        Assert.That(FeedbackMarkdown.PlotFiles(_runs["sigmoid-rnn-slope-at-state"].Grade).Keys,
            Is.EqualTo(new[] { "plots/sigmoid-rnn-public-contributions-1.svg", "plots/sigmoid-rnn-public-contributions-2.svg",
                "plots/sigmoid-rnn-hidden-contributions-1.svg", "plots/sigmoid-rnn-hidden-contributions-2.svg" }));
    }

    [Test]
    public void Using_the_current_state_in_dWhh_loses_exactly_the_dWhh_checks_and_is_named()
    {
        var failed = Failed("softmax-rnn-whh-current-state", "softmax-rnn");
        Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[] { "softmax-rnn/public/dWhh", "softmax-rnn/hidden/dWhh" }));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo("h_t used where h_{t−1} belongs in ∂L/∂Whh"));
        Assert.That(failed[0].Message, Does.StartWith("dWhh (∂L/∂Whh by BPTT): wrong in 5 of 5 cases.")
            .And.Contain("worst element [").And.Contain("Likely mistake: h_t used where h_{t−1} belongs in ∂L/∂Whh."));
        Assert.That(_runs["softmax-rnn-whh-current-state"].Grade.Score, Is.EqualTo(16));
    }
}
