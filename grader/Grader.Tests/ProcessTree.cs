using System.Globalization;

namespace Grader.Tests;

/// <summary>The processes a test started, read from /proc: the descendants of a process, or the processes whose
/// command line holds a marker only that test uses (its own temporary folder) and their descendants. A test that
/// looks for processes left running looks only at these, never at what another checkout's tests started.</summary>
internal static class ProcessTree
{
    /// <summary>A process as /proc shows it: its id, its parent's and its command line (arguments joined by spaces).</summary>
    public sealed record Entry(int Pid, int ParentPid, string CommandLine);

    /// <summary>Every process below <paramref name="root"/>, at any depth, not <paramref name="root"/> itself.</summary>
    public static IReadOnlyList<Entry> Descendants(int root) => Below(Snapshot(), [root]);

    /// <summary>Every process whose command line contains <paramref name="marker"/>, and every process below one.</summary>
    public static IReadOnlyList<Entry> Marked(string marker)
    {
        var all = Snapshot();
        var marked = all.Where(p => p.CommandLine.Contains(marker, StringComparison.Ordinal)).ToArray();
        return marked.Concat(Below(all, marked.Select(p => p.Pid))).DistinctBy(p => p.Pid).ToArray();
    }

    private static List<Entry> Below(IReadOnlyList<Entry> all, IEnumerable<int> roots)
    {
        var children = all.ToLookup(p => p.ParentPid);
        var found = new List<Entry>();
        var pending = new Queue<int>(roots);
        while (pending.TryDequeue(out var pid))
        {
            foreach (var child in children[pid])
            {
                found.Add(child);
                pending.Enqueue(child.Pid);
            }
        }
        return found;
    }

    private static List<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').TrimEnd();
                entries.Add(new Entry(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), commandLine));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being read.
            }
        }
        return entries;
    }
}
