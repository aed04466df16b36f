using System.Runtime.InteropServices;

namespace Grader.Runner;

/// <summary>Linux resource limits the runner puts on itself before loading student code: no core dumps, a cap on
/// files it writes, on processes, and on address space (the GC heap has its own hard limit, set by the parent
/// through DOTNET_GCHeapHardLimit; this one also stops native allocations).</summary>
public static class ResourceLimits
{
    private const int RlimitFsize = 1;
    private const int RlimitCore = 4;
    private const int RlimitNproc = 6;
    private const int RlimitAs = 9;

    /// <returns>The limits that could not be set, for the record.</returns>
    public static IReadOnlyList<string> Apply(long addressSpaceHeadroom, long maxFileBytes, long maxProcesses)
    {
        if (!OperatingSystem.IsLinux())
        {
            return ["resource limits (not Linux)"];
        }
        var failed = new List<string>();
        Set(RlimitCore, 0, "core dumps", failed);
        Set(RlimitFsize, maxFileBytes, "file size", failed);
        Set(RlimitNproc, maxProcesses, "processes", failed);
        Set(RlimitAs, CurrentAddressSpace() + addressSpaceHeadroom, "address space", failed);
        return failed;
    }

    /// <summary>The process's virtual size now: the runtime has already reserved much of it.</summary>
    private static long CurrentAddressSpace()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmSize:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmSize:".Length..].Trim().Split(' ')[0]) * 1024;
            }
        }
        return 0;
    }

    private static void Set(int resource, long limit, string name, List<string> failed)
    {
        var value = new Rlimit { Current = (ulong)limit, Maximum = (ulong)limit };
        if (setrlimit(resource, ref value) != 0)
        {
            failed.Add(name);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Rlimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setrlimit(int resource, ref Rlimit limit);
}
