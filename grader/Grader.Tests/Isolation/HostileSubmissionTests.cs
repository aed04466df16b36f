using System.Net.Sockets;
using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Tests.Isolation;

/// <summary>The zoo of hostile submissions, graded in runner processes inside the sandbox: each misbehaviour is a
/// precisely named status on the checks it touches, the rest is still graded, and nothing is left running.</summary>
[Category(TestTiers.Process), Category("Isolation")]
public sealed class HostileSubmissionTests
{
    private readonly Dictionary<string, SubmissionGrade> _grades = [];
    private TcpListener? _listener;
    private string _work = "";

    internal static IsolationSettings FastSettings(bool sandbox) => new()
    {
        Sandbox = sandbox,
        Timeouts = TimeoutPolicy.Default with { Floor = TimeSpan.FromSeconds(2) },
    };

    internal static SubmissionPipeline Pipeline(bool sandbox) => new(
        new SubmissionGrader(TestCatalog.All, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]),
        new SubmissionCompiler(),
        new RunnerExecutorFactory(TestCatalog.All, FastSettings(sandbox), Sandbox.Find(), ReferenceTimings.For(TestPaths.Fixtures, out _)));

    [OneTimeSetUp]
    public void GradeTheZoo()
    {
        Assume.That(Sandbox.Find().IsInstalled, Is.True, "bubblewrap is not installed (scripts/install-prerequisites installs it)");
        _listener = TcpConnectSample.Listen();
        _work = Directory.CreateTempSubdirectory("zoo-").FullName;
        var pipeline = Pipeline(sandbox: true);
        foreach (var folder in Directory.GetDirectories(TestPaths.Samples, "hostile-*"))
        {
            var name = Path.GetFileName(folder);
            var submission = name == TcpConnectSample.Name ? TcpConnectSample.CopyAimedAt(_listener, Path.Combine(_work, "copies", name)) : folder;
            _grades[name] = pipeline.Grade(submission, Path.Combine(_work, name)).Grade;
        }
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _listener?.Stop();
        if (_work.Length > 0)
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>Misbehaviour in the public case with seven inputs: the public checks it reaches get the status,
    /// every hidden check still passes.</summary>
    [TestCase("hostile-infinite-loop", CheckStatus.TimedOut, "did not finish within 2.0 s", 9)]
    [TestCase("hostile-unbounded-allocation", CheckStatus.OutOfMemory, "ran out of memory", 10)]
    [TestCase("hostile-infinite-recursion", CheckStatus.StackOverflow, "stack overflowed", 9)]
    [TestCase("hostile-exit-mid-call", CheckStatus.ExitedEarly, "exited by itself with code 0", 9)]
    [TestCase("hostile-throws", CheckStatus.Threw, "InvalidOperationException: the gradient went missing", 10)]
    [TestCase("hostile-forged-all-passed", CheckStatus.Wrong, "case input-larger", 17)]
    public void A_misbehaving_case_is_named_and_the_rest_is_still_graded(string name, CheckStatus status, string message, double score)
    {
        var checks = GruChecks(name);
        var failed = checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed, Is.Not.Empty);
        Assert.That(failed.Select(c => c.Set), Has.All.EqualTo(FixtureSet.Public));
        Assert.That(failed.Select(c => c.Status), Has.All.EqualTo(status));
        Assert.That(failed.Select(c => c.Message), Has.All.Contain(message));
        Assert.That(checks.Where(c => c.Set == FixtureSet.Hidden).Select(c => c.Status), Has.All.EqualTo(CheckStatus.Passed));
        Assert.That(checks.Sum(c => c.Score), Is.EqualTo(score));
    }

    [TestCase("hostile-stdout-flood")]
    [TestCase("hostile-raw-stdout-garbage")]
    [TestCase("hostile-read-grader-files")]
    [TestCase("hostile-tcp-connect")]
    [TestCase("hostile-child-process")]
    [TestCase("hostile-background-thread")]
    [TestCase("hostile-static-state")]
    public void Harmless_or_contained_misbehaviour_changes_nothing(string name)
    {
        var checks = GruChecks(name);
        Assert.That(checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(checks.Sum(c => c.Score), Is.EqualTo(18));
    }

    [Test]
    public void Output_is_capped_per_problem_and_control_bytes_are_shown_escaped()
    {
        var flood = _grades["hostile-stdout-flood"].Output["gru-cell"];
        Assert.That(flood.Length, Is.LessThan(SubmissionGrader.OutputCapChars + 200));
        Assert.That(flood, Does.Contain("the feedback keeps 64 KiB of output per problem"));
        var garbage = _grades["hostile-raw-stdout-garbage"].Output["gru-cell"];
        Assert.That(garbage, Does.Contain("\\x00").And.Not.Contain("\0"));
        Assert.That(FeedbackMarkdown.Render(_grades["hostile-raw-stdout-garbage"]), Does.Contain("### What your code printed"));
    }

    [Test]
    public void The_forged_grade_on_stdout_is_shown_as_output_and_changes_no_score()
    {
        Assert.That(_grades["hostile-forged-all-passed"].Output["gru-cell"], Does.Contain("All checks passed. Score: 18 / 18"));
        Assert.That(GruChecks("hostile-forged-all-passed").Sum(c => c.Score), Is.EqualTo(17));
    }

    [Test]
    public void In_the_sandbox_the_network_and_the_graders_files_are_out_of_reach()
    {
        Assert.That(_listener!.Pending(), Is.False, "no connection reached the test's listener");
        Assert.That(_grades["hostile-read-grader-files"].Checks.Select(c => c.Message), Has.None.Contain("LEAK"));
        Assert.That(_grades.Values.SelectMany(g => g.Notes), Has.Some.Contain("inside the bubblewrap sandbox"));
    }

    /// <summary>The zoo's submissions are GRU cells; other problems are not implemented by them.</summary>
    private CheckResult[] GruChecks(string name) => _grades[name].Checks.Where(c => c.Problem == "gru-cell").ToArray();

    /// <summary>Only what this test started is looked at: the processes below this one (the sandbox keeps what a
    /// runner starts in its own pid namespace, below the runner's bwrap, so nothing escapes to init) and any whose
    /// command line names this test's folder (the runners: the compiled submission is in it).</summary>
    [Test]
    public void Nothing_is_left_running()
    {
        var survivors = ProcessTree.Descendants(Environment.ProcessId).Concat(ProcessTree.Marked(_work))
            .Select(p => p.CommandLine)
            .Where(cmd => cmd.Contains("424242", StringComparison.Ordinal) || cmd.Contains("Grader.Runner.dll", StringComparison.Ordinal))
            .ToArray();
        Assert.That(survivors, Is.Empty);
    }
}
