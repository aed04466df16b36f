using System.Globalization;

namespace Grader.Cli.Batch;

/// <summary>Progress of a batch: on a terminal one line redrawn in place (a bar, done/total, failures so far, elapsed,
/// time left); otherwise one plain line per finished submission, fit for logs.</summary>
public sealed class BatchProgress(int total, bool interactive, TextWriter output)
{
    private const int BarWidth = 30;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _done;
    private int _graded;
    private int _failures;

    public static bool IsTerminal => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <param name="failed">Whether grading itself failed somewhere: a compile error, crash, timeout or the like.</param>
    public void Finished(string student, string result, bool failed, bool skipped)
    {
        lock (_lock)
        {
            _done++;
            _graded += skipped ? 0 : 1;
            _failures += failed ? 1 : 0;
            var elapsed = _clock.Elapsed;
            var left = _graded == 0 ? TimeSpan.Zero : elapsed / _done * (total - _done);
            if (interactive)
            {
                var filled = total == 0 ? BarWidth : _done * BarWidth / total;
                output.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_done}/{total}  " +
                             $"{_failures} failed  {Time(elapsed)} elapsed  ~{Time(left)} left ");
                if (_done == total)
                {
                    output.WriteLine();
                }
            }
            else
            {
                var width = total.ToString(CultureInfo.InvariantCulture).Length;
                output.WriteLine($"[{_done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}] {student}: {result}" +
                                 $"{(skipped ? " (unchanged, skipped)" : "")}  ({Time(elapsed)} elapsed, ~{Time(left)} left, {_failures} failed)");
            }
        }
    }

    public void Stopped()
    {
        lock (_lock)
        {
            if (interactive)
            {
                output.WriteLine();
            }
            output.WriteLine($"Stopped after {_done} of {total} submissions; the finished ones are kept.");
        }
    }

    private static string Time(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
