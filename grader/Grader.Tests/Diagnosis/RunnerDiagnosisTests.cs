using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Diagnosis;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Tests.Grading;
using Grader.Tests.Isolation;

namespace Grader.Tests.Diagnosis;

/// <summary>The diagnosis end to end through runner processes (sandboxed where bubblewrap is installed): student code is
/// differentiated in the runner, and a forward pass that hangs while being differentiated costs one time limit and
/// the diagnosis, never the grade.</summary>
[Category(TestTiers.Process), Category("Isolation")]
public sealed class RunnerDiagnosisTests
{
    private readonly Dictionary<string, GradingRun> _runs = [];
    private string _work = "";

    [OneTimeSetUp]
    public void GradeThroughRunners()
    {
        _work = Directory.CreateTempSubdirectory("runner-diagnosis-").FullName;
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        var sandbox = Sandbox.Find();
        var executors = new RunnerExecutorFactory(GruOnly.Catalog, HostileSubmissionTests.FastSettings(sandbox: sandbox.IsInstalled), sandbox,
            ReferenceTimings.For(TestPaths.Fixtures, out _));
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), executors);
        foreach (var (name, folder) in new[]
                 {
                     ("gru-transposed", TestPaths.Sample("gru-transposed")),
                     ("gru-forward-without-reset", OneProblem.Sample("gru-forward-without-reset")),
                     ("gru-hangs-when-differentiated", OneProblem.Sample("gru-hangs-when-differentiated")),
                 })
        {
            _runs[name] = pipeline.Grade(folder, Path.Combine(_work, name));
        }
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private CheckResult Check(string sample, string quantity) => _runs[sample].Grade.Checks.First(c => c.Quantity == quantity);

    [Test]
    public void The_runner_differentiates_and_the_verdicts_name_the_side()
    {
        Assert.That(Check("gru-transposed", "dWh").Message, Does.Contain(ForwardOrBackward.BackwardVerdict));
        Assert.That(Check("gru-forward-without-reset", "dWh").Message, Does.Contain(ForwardOrBackward.ForwardVerdict));
        Assert.That(Check("gru-forward-without-reset", "dWh").Message, Does.Contain("does agree with finite differences of your own forward"));
    }

    [Test]
    public void A_forward_that_hangs_when_differentiated_keeps_its_grade_and_loses_only_the_diagnosis()
    {
        var run = _runs["gru-hangs-when-differentiated"];
        var dWh = Check("gru-hangs-when-differentiated", "dWh");
        Assert.That(dWh.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(dWh.Mistake, Is.EqualTo("dWh transposed"));
        Assert.That(dWh.Message, Does.Contain("could not differentiate your forward pass").And.Contain("timed out")
            .And.Contain("this diagnosis is left out; the check above stands"));
        Assert.That(run.Grade.Checks.Where(c => c.Quantity != "dWh").Select(c => c.Status), Has.All.EqualTo(CheckStatus.Passed));
        // One public failure, so one differentiation under the floor of 2 s (FastSettings), and nothing more.
        Assert.That(run.RunTime, Is.LessThan(TimeSpan.FromSeconds(15)));
    }
}
