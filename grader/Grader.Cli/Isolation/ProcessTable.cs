using System.Globalization;

namespace Grader.Cli.Isolation;

/// <summary>The processes of a Linux machine as /proc shows them: who started whom, their process groups, and whether
/// each still runs. Empty elsewhere.</summary>
public static class ProcessTable
{
    /// <summary>A process as <c>/proc/&lt;pid&gt;/stat</c> shows it.</summary>
    /// <param name="StartTime">When it started, in clock ticks after boot: with <see cref="Pid"/> it names one process,
    /// even after the id is given to another.</param>
    /// <param name="State">The state letter: <c>Z</c> for a zombie (it has exited and waits to be reaped), <c>X</c> for dead.</param>
    public sealed record Entry(int Pid, int ParentPid, int GroupId, char State, ulong StartTime)
    {
        /// <summary>Whether it still runs (or sleeps): it has not exited.</summary>
        public bool Running => State is not ('Z' or 'X');
    }

    /// <summary>Every process there is now.</summary>
    public static IReadOnlyList<Entry> Snapshot()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }
        var entries = new List<Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } entry)
            {
                entries.Add(entry);
            }
        }
        return entries;
    }

    /// <summary>Every process below the <paramref name="roots"/>, at any depth, not the roots themselves.</summary>
    public static IReadOnlyList<Entry> Below(IReadOnlyList<Entry> all, IEnumerable<int> roots)
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

    /// <summary>Whether the process <paramref name="entry"/> names still runs: it is there, it is the same one (not a
    /// later process given its id) and it has not exited.</summary>
    public static bool StillRunning(Entry entry) => Read(entry.Pid) is { } now && now.StartTime == entry.StartTime && now.Running;

    /// <summary>Whether any process of the group <paramref name="groupId"/> still runs (zombies do not count).</summary>
    public static bool GroupRunning(int groupId) => Snapshot().Any(p => p.GroupId == groupId && p.Running);

    /// <summary>The process <paramref name="pid"/>, or null when there is none.</summary>
    public static Entry? Read(int pid)
    {
        try
        {
            // "pid (name) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
            // priority nice threads itrealvalue starttime …": the name may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new Entry(
                pid,
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                int.Parse(fields[2], CultureInfo.InvariantCulture),
                fields[0][0],
                ulong.Parse(fields[19], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended (or was never there).
            return null;
        }
    }
}
