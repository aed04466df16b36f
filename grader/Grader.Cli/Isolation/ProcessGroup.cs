using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Grader.Cli.Isolation;

/// <summary>Kills a runner and everything it started: its process group (the runner is started by setsid, so its
/// pid is the group's id), and whatever of its tree is there; then waits until all of it has exited.</summary>
/// <remarks>Inside the sandbox the runner's process is bwrap, and the .NET runner is in bwrap's pid namespace below a
/// second bwrap, in a session of its own: killing the group ends the outer bwrap, which ends the namespace, but the
/// processes in it take a moment to exit (longer on a loaded machine), and the outer bwrap exits as soon as the .NET
/// runner does, before the second one has. So the tree below the runner is read while it runs (<see cref="Below"/>,
/// when it has started, and again before the kill), and the wait is for each of those processes as well as for the
/// group.</remarks>
public static class ProcessGroup
{
    private const int SigKill = 9;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    /// <summary>Kills, then waits until the runner, its group, every process below it now and every process of
    /// <paramref name="seen"/> have exited, or until <paramref name="limit"/> has passed.</summary>
    /// <param name="seen">Processes read below the runner earlier (<see cref="Below"/>).</param>
    /// <returns>Whether all of it has exited.</returns>
    public static bool KillAndWait(Process process, IReadOnlyList<ProcessTable.Entry> seen, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var tree = seen.Concat(Below(process)).DistinctBy(p => (p.Pid, p.StartTime)).ToArray();
        Kill(process, tree);
        if (!process.WaitForExit(limit))
        {
            return false;
        }
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }
        while (GroupRunning(process.Id) || tree.Any(ProcessTable.StillRunning))
        {
            if (clock.Elapsed >= limit)
            {
                return false;
            }
            Thread.Sleep(Poll);
        }
        return true;
    }

    /// <summary>The processes below the runner now (none once it has exited, or off Linux).</summary>
    public static IReadOnlyList<ProcessTable.Entry> Below(Process process)
    {
        try
        {
            return OperatingSystem.IsLinux() && !process.HasExited ? ProcessTable.Below(ProcessTable.Snapshot(), [process.Id]) : [];
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }

    private static void Kill(Process process, IReadOnlyList<ProcessTable.Entry> tree)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                _ = kill(-process.Id, SigKill);
                foreach (var entry in tree.Where(ProcessTable.StillRunning))
                {
                    _ = kill(entry.Pid, SigKill);
                }
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Whether a process of the group still runs: <c>kill(-group, 0)</c> fails once the group is empty, and a
    /// group of zombies (exited, not yet reaped by whoever inherited them) has nothing running either.</summary>
    private static bool GroupRunning(int groupId) => kill(-groupId, 0) == 0 && ProcessTable.GroupRunning(groupId);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
