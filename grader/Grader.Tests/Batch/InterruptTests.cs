using System.Diagnostics;

namespace Grader.Tests.Batch;

/// <summary>Ctrl+C stops a batch cleanly: it exits at once with code 130, keeps what was finished, and leaves no
/// runner behind, even when one is stuck in an infinite loop.</summary>
[Category("Slow")]
public sealed class InterruptTests
{
    [Test]
    public void Ctrl_C_stops_the_batch_keeps_finished_work_and_leaves_no_process()
    {
        var root = Directory.CreateTempSubdirectory("interrupt-").FullName;
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
            using var batch = Process.Start(start)!;
            var lines = new List<string>();
            string? line;
            while ((line = batch.StandardOutput.ReadLine()) is not null)
            {
                lines.Add(line);
                if (line.Contains("a-correct:", StringComparison.Ordinal))
                {
                    break;
                }
            }
            Thread.Sleep(3000); // b-loop is now spinning in its runner
            Process.Start("kill", ["-INT", batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            var rest = batch.StandardOutput.ReadToEndAsync();
            Assert.That(batch.WaitForExit(30_000), Is.True, "the batch stopped");
            Assert.That(batch.ExitCode, Is.EqualTo(130));
            Assert.That(rest.Result, Does.Contain("Stopped after 1 of 2 submissions"));
            Assert.That(File.Exists(Path.Combine(output, "a-correct", "results.json")), Is.True, "finished work is kept");
            Assert.That(File.Exists(Path.Combine(output, "b-loop", ".grade-key")), Is.False, "unfinished work is graded again next time");
            Thread.Sleep(500);
            var runners = Directory.GetDirectories("/proc")
                .Select(dir => { try { return File.ReadAllText(Path.Combine(dir, "cmdline")); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; } })
                .Count(cmd => cmd.Contains("Grader.Runner.dll", StringComparison.Ordinal));
            Assert.That(runners, Is.Zero);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
