using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Grader.Cli.Isolation;

/// <summary>Kills a runner and everything it started: its process group (the runner is started by setsid, so its
/// pid is the group's id), and then whatever of its tree is still there.</summary>
public static class ProcessGroup
{
    private const int SigKill = 9;

    public static void Kill(Process process)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                _ = kill(-process.Id, SigKill);
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

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
