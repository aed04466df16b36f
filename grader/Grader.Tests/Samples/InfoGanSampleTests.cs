using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;

namespace Grader.Tests.Samples;

/// <summary>The sample that leaves the Q loss out, graded end to end on the infogan problem: it trains, and the
/// measurement finds that its categorical code controls nothing; its generator loss is named; the grids are drawn.</summary>
[Category(TestTiers.Slow)]
public sealed class InfoGanSampleTests
{
    private GradingRun _run = null!;
    private string _work = "";

    [OneTimeSetUp]
    public void GradeSample()
    {
        _work = Directory.CreateTempSubdirectory("infogan-sample-").FullName;
        var catalog = new ProblemCatalog([new InfoGanModule()]);
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(catalog));
        _run = pipeline.Grade(TestPaths.Sample("infogan-q-loss-left-out"), Path.Combine(_work, "build"));
        ReportWriter.Write(_run.Grade, _work);
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    [Test]
    public void The_measurement_catches_codes_that_control_nothing()
    {
        var nmi = _run.Grade.Checks.Where(c => c.Quantity == "categorical_nmi").ToArray();
        Assert.That(nmi.Select(c => c.Status), Is.EqualTo(new[] { CheckStatus.Wrong, CheckStatus.Wrong }));
        Assert.That(nmi.Select(c => c.Message), Has.All.Contain("outside (0.3, 1]"));
        var loss = _run.Grade.Checks.Where(c => c.Quantity == "generator_loss").ToArray();
        Assert.That(loss.Select(c => c.Mistake), Has.All.EqualTo(InfoGanMistakes.QLossLeftOut));
        Assert.That(_run.Grade.Checks.Where(c => c.Quantity is "generator_input" or "discriminator_loss" or "grid").Select(c => c.Status),
            Has.All.EqualTo(CheckStatus.Passed));
        Assert.That(_run.Grade.Score, Is.LessThanOrEqualTo(_run.Grade.MaxScore - 8));
    }

    [Test]
    public void The_picture_grids_are_written_beside_the_feedback_and_embedded_in_the_page()
    {
        var figures = Directory.GetFiles(Path.Combine(_work, "plots"), "infogan-*-grid-*.svg");
        Assert.That(figures, Has.Length.EqualTo(4), "c1 and c2, public and hidden");
        Assert.That(File.ReadAllText(figures[0]), Does.Contain("data:image/png;base64,iVBORw0KGgo"));
        var html = File.ReadAllText(Path.Combine(_work, "feedback.html"));
        Assert.That(html, Does.Contain("Your generator, c1 swept from −1 to 1 — case train").And.Contain("data:image/png;base64,"));
        Assert.That(File.ReadAllText(Path.Combine(_work, "feedback.md")), Does.Contain("](plots/infogan-public-grid-1.svg)"));
    }
}
