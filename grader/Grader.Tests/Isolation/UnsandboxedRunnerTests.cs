using Grader.Core.Grading;
using Grader.Core.Reports;

namespace Grader.Tests.Isolation;

/// <summary>Without the sandbox the runner still contains crashes and hangs, and the grade says plainly that
/// student code could read files: the hostile reader then finds the grader's fixtures, and the hostile connection
/// reaches the test's listener.</summary>
[Category(TestTiers.Process), Category("Isolation")]
public sealed class UnsandboxedRunnerTests
{
    [Test]
    public void Crashes_are_contained_and_the_missing_sandbox_is_said()
    {
        var work = Directory.CreateTempSubdirectory("nosandbox-").FullName;
        try
        {
            var pipeline = HostileSubmissionTests.Pipeline(sandbox: false);
            var recursion = pipeline.Grade(TestPaths.Sample("hostile-infinite-recursion"), Path.Combine(work, "a")).Grade;
            var gru = recursion.Checks.Where(c => c.Problem == "gru-cell").ToArray();
            Assert.That(gru.Where(c => !c.Passed).Select(c => c.Status), Has.All.EqualTo(CheckStatus.StackOverflow));
            Assert.That(gru.Sum(c => c.Score), Is.EqualTo(9));
            Assert.That(recursion.Notes, Has.Some.Contain("WITHOUT a sandbox"));
            Assert.That(GradescopeResults.From(recursion).ToJson(), Does.Contain("WITHOUT a sandbox"));

            var reader = pipeline.Grade(TestPaths.Sample("hostile-read-grader-files"), Path.Combine(work, "b")).Grade;
            Assert.That(reader.Checks.Where(c => !c.Passed).Select(c => c.Message), Has.Some.Contain("LEAK: read"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>What makes the zoo's "no connection arrived" mean something: the sample does connect, to the port
    /// its copy is given, where nothing stops it.</summary>
    [Test]
    public void Without_the_sandbox_the_tcp_sample_reaches_the_port_its_copy_is_given()
    {
        var work = Directory.CreateTempSubdirectory("nosandbox-tcp-").FullName;
        var listener = TcpConnectSample.Listen();
        try
        {
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            var sample = TcpConnectSample.CopyAimedAt(listener, Path.Combine(work, "copy", TcpConnectSample.Name));
            var grade = HostileSubmissionTests.Pipeline(sandbox: false).Grade(sample, Path.Combine(work, "graded")).Grade;
            Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Has.Some.Contain($"LEAK: connected to 127.0.0.1:{port}"));
            Assert.That(listener.Pending(), Is.True, "the connection reached the test's listener");
        }
        finally
        {
            listener.Stop();
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public void Grading_twice_gives_byte_identical_results()
    {
        var work = Directory.CreateTempSubdirectory("twice-").FullName;
        try
        {
            var pipeline = HostileSubmissionTests.Pipeline(sandbox: false);
            foreach (var sample in new[] { "gru-transposed", "hostile-exit-mid-call" })
            {
                var first = GradescopeResults.From(pipeline.Grade(TestPaths.Sample(sample), Path.Combine(work, sample + "1")).Grade).ToJson();
                var second = GradescopeResults.From(pipeline.Grade(TestPaths.Sample(sample), Path.Combine(work, sample + "2")).Grade).ToJson();
                Assert.That(second, Is.EqualTo(first), sample);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
