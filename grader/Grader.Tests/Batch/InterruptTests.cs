using System.Diagnostics;
using System.Globalization;

namespace Grader.Tests.Batch;

/// <summary>Ctrl+C stops a batch cleanly: it exits at once with code 130, keeps what was finished, and leaves no
/// runner behind, even when one is stuck in an infinite loop.</summary>
[Category(TestTiers.Process)]
public sealed class InterruptTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Test]
    public void Ctrl_C_stops_the_batch_keeps_finished_work_and_leaves_no_process()
    {
        var root = Directory.CreateTempSubdirectory("interrupt-").FullName;
        Process? batch = null;
        try
        {
            var inbox = Path.Combine(root, "inbox");
            foreach (var (sample, student) in new[] { ("correct", "a-correct"), ("hostile-infinite-loop", "b-loop") })
            {
                foreach (var file in Directory.EnumerateFiles(TestPaths.Sample(sample), "*.cs", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(inbox, student, Path.GetRelativePath(TestPaths.Sample(sample), file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }
            var output = Path.Combine(root, "out");
            var start = new ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "grader.dll"), "batch", inbox, "--out", output, "--jobs", "1",
                 "--fixtures", TestPaths.Fixtures, "--timeout-floor", "120", "--sets", "Public"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            batch = Process.Start(start)!;
            _ = batch.StandardError.ReadToEndAsync(); // drained, so that it never blocks the batch
            var lines = new List<string>();
            var firstDone = Task.Run(() =>
            {
                string? line;
                while ((line = batch.StandardOutput.ReadLine()) is not null)
                {
                    lines.Add(line);
                    if (line.Contains("a-correct:", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                return false;
            });
            var finished = firstDone.Wait(Limit);
            if (!finished)
            {
                batch.Kill(entireProcessTree: true);
                firstDone.Wait(TimeSpan.FromSeconds(10));
            }
            Assert.That(finished && firstDone.Result, Is.True, $"the batch finished a-correct within {Limit}:\n{string.Join('\n', lines)}");
            Thread.Sleep(3000); // b-loop is now spinning in its runner
            Assert.That(Runners(root), Is.Positive, "the spinning runner is found by this test's folder");
            using (var kill = Process.Start("kill", ["-INT", batch.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                Assert.That(kill.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "kill -INT returned");
            }
            var rest = batch.StandardOutput.ReadToEndAsync();
            Assert.That(batch.WaitForExit(30_000), Is.True, "the batch stopped");
            Assert.That(batch.ExitCode, Is.EqualTo(130));
            Assert.That(rest.Wait(TimeSpan.FromSeconds(30)), Is.True, "the batch's output ended");
            Assert.That(rest.Result, Does.Contain("Stopped after 1 of 2 submissions"));
            Assert.That(File.Exists(Path.Combine(output, "a-correct", "results.json")), Is.True, "finished work is kept");
            Assert.That(File.Exists(Path.Combine(output, "b-loop", ".grade-key")), Is.False, "unfinished work is graded again next time");
            Thread.Sleep(500);
            Assert.That(Runners(root), Is.Zero);
        }
        finally
        {
            if (batch is { HasExited: false })
            {
                batch.Kill(entireProcessTree: true);
                batch.WaitForExit(10_000);
            }
            batch?.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The runners of this test's batch. Once the batch has exited, what it left would no longer be below
    /// this process; it is found by the test's folder, which a runner's command line names (the compiled submission
    /// is in it). Runners of other checkouts' tests are not counted.</summary>
    private static int Runners(string root) =>
        ProcessTree.Marked(root).Count(p => p.CommandLine.Contains("Grader.Runner.dll", StringComparison.Ordinal));
}
