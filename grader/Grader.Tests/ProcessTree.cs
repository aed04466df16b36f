using Grader.Cli.Isolation;

namespace Grader.Tests;

/// <summary>The processes a test started, read from /proc: the descendants of a process, or the processes whose
/// command line holds a marker only that test uses (its own temporary folder) and their descendants. A test that
/// looks for processes left running looks only at these, never at what another checkout's tests started. Processes
/// that have exited (zombies not yet reaped) are not listed.</summary>
internal static class ProcessTree
{
    /// <summary>A process as /proc shows it: its id, its parent's and its command line (arguments joined by spaces).</summary>
    public sealed record Entry(int Pid, int ParentPid, string CommandLine);

    /// <summary>Every process below <paramref name="root"/>, at any depth, not <paramref name="root"/> itself.</summary>
    public static IReadOnlyList<Entry> Descendants(int root)
    {
        var all = ProcessTable.Snapshot();
        return WithCommandLines(ProcessTable.Below(all, [root]));
    }

    /// <summary>Every process whose command line contains <paramref name="marker"/>, and every process below one.</summary>
    public static IReadOnlyList<Entry> Marked(string marker)
    {
        var all = ProcessTable.Snapshot();
        var marked = WithCommandLines(all).Where(p => p.CommandLine.Contains(marker, StringComparison.Ordinal)).ToArray();
        return marked.Concat(WithCommandLines(ProcessTable.Below(all, marked.Select(p => p.Pid)))).DistinctBy(p => p.Pid).ToArray();
    }

    private static List<Entry> WithCommandLines(IEnumerable<ProcessTable.Entry> processes)
    {
        var entries = new List<Entry>();
        foreach (var process in processes.Where(p => p.Running))
        {
            try
            {
                var commandLine = File.ReadAllText($"/proc/{process.Pid}/cmdline").Replace('\0', ' ').TrimEnd();
                entries.Add(new Entry(process.Pid, process.ParentPid, commandLine));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being read.
            }
        }
        return entries;
    }
}
