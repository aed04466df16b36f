using System.Diagnostics;
using System.Text;

namespace Grader.Tests;

/// <summary>Runs a command to the end and returns its exit code and everything it printed. A command that outlives
/// its limit is killed with its whole process tree and fails the test, saying what it printed so far.</summary>
/// <remarks>Reference.Tests compiles this same file.</remarks>
internal static class Processes
{
    /// <summary>Longer than any command of the tests takes on a loaded 2-core machine.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(5);

    public static (int ExitCode, string Output) Run(
        string file, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var within = limit ?? DefaultLimit;
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var command = $"`{file} {string.Join(' ', start.ArgumentList)}`";
        var stdout = new Capture();
        var stderr = new Capture();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => stdout.Add(e.Data);
        process.ErrorDataReceived += (_, e) => stderr.Add(e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(within))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            Assert.Fail($"{command} did not finish within {within}; it was killed with everything it started. It printed:\n{stdout.Text}{stderr.Text}");
        }
        // The output ends when the last process holding the pipes closes them, which something it left behind may never do.
        var rest = within - clock.Elapsed;
        if (!Task.WaitAll([stdout.Ended, stderr.Ended], rest > TimeSpan.FromSeconds(10) ? rest : TimeSpan.FromSeconds(10)))
        {
            Assert.Fail($"{command} exited with code {process.ExitCode}, but its output did not end: a process it started still holds it. It printed:\n{stdout.Text}{stderr.Text}");
        }
        return (process.ExitCode, stdout.Text + stderr.Text);
    }

    /// <summary>One output stream's lines as they arrive, and when it ended.</summary>
    private sealed class Capture
    {
        private readonly StringBuilder _text = new();
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ended => _ended.Task;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                _ended.TrySetResult();
                return;
            }
            lock (_text)
            {
                _text.Append(line).Append('\n');
            }
        }
    }
}
