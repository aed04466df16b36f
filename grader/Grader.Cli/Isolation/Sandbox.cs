using System.Runtime.InteropServices;

namespace Grader.Cli.Isolation;

/// <summary>bubblewrap: the runner in its own namespaces (no network, its own pids, dying with the grader), seeing
/// read-only only the system libraries, the .NET runtime, the runner and the submission, with a private /tmp and
/// a cleared environment. Also where setsid is, which every runner is started with, sandboxed or not.</summary>
/// <remarks>The tools are looked for once, when an instance is made (<see cref="Find"/>); whoever grades makes one
/// and passes it to what starts runners.</remarks>
public sealed class Sandbox(string? bwrapPath, string setsidPath)
{
    /// <summary>The path of bwrap, or null when it is not installed.</summary>
    public string? BwrapPath { get; } = bwrapPath;

    /// <summary>Whether bwrap is installed, so that runners can start inside it.</summary>
    public bool IsInstalled => BwrapPath is not null;

    /// <summary>setsid (util-linux), which starts the runner as the leader of a process group the grader can kill whole.</summary>
    public string SetsidPath { get; } = setsidPath;

    /// <summary>The tools as this machine's PATH has them.</summary>
    public static Sandbox Find() => new(FindOnPath("bwrap"), FindOnPath("setsid") ?? "setsid");

    public static IReadOnlyList<string> Arguments(
        RunnerLaunch launch, string channelDirectory, IReadOnlyDictionary<string, string> environment)
    {
        // The private /tmp first: a later mount over /tmp would hide the channel's folder if that lives in /tmp.
        var args = new List<string>
        {
            "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
        };
        foreach (var system in new[] { "/usr/lib", "/usr/lib64", "/usr/libexec" }.Where(Directory.Exists))
        {
            args.AddRange(["--ro-bind", system, system]);
        }
        foreach (var link in new[] { "/lib", "/lib64" }.Where(Directory.Exists))
        {
            var target = new FileInfo(link).LinkTarget;
            args.AddRange(target is null ? ["--ro-bind", link, link] : ["--symlink", target, link]);
        }
        var visible = launch.RunnerFiles.Append(launch.DotnetRoot).Append(launch.SubmissionAssembly)
            .Append(Path.ChangeExtension(launch.SubmissionAssembly, ".pdb"));
        foreach (var path in visible.Where(p => File.Exists(p) || Directory.Exists(p)).Distinct())
        {
            args.AddRange(["--ro-bind", path, path]);
        }
        args.AddRange(["--bind", channelDirectory, channelDirectory]);
        args.AddRange(["--chdir", "/tmp"]);
        foreach (var (name, value) in environment)
        {
            args.AddRange(["--setenv", name, value]);
        }
        args.Add("--");
        return args;
    }

    private static string? FindOnPath(string name)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return null;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
