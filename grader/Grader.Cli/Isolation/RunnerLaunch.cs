using System.Runtime.InteropServices;

namespace Grader.Cli.Isolation;

/// <summary>Where the pieces of a runner are: the .NET runtime, the runner, the submission's assembly.</summary>
public sealed record RunnerLaunch(string DotnetRoot, string RunnerAssembly, string SubmissionAssembly)
{
    /// <summary>The runner's own files, the only ones of the grader's folder the sandbox shows (not the answer key next to them).</summary>
    public IEnumerable<string> RunnerFiles
    {
        get
        {
            var folder = Path.GetDirectoryName(RunnerAssembly)!;
            string[] names =
            [
                "Grader.Runner.dll", "Grader.Runner.runtimeconfig.json", "Grader.Runner.deps.json",
                "Grader.Core.dll", "Grader.Contracts.dll", "MathNet.Numerics.dll", "Grader.Toolkit.dll", "CsvHelper.dll",
                "System.Numerics.Tensors.dll",
            ];
            return names.Select(name => Path.Combine(folder, name)).Where(File.Exists);
        }
    }

    public string DotnetHost => Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    public static RunnerLaunch For(string submissionAssembly) => new(
        FindDotnetRoot(),
        Path.Combine(AppContext.BaseDirectory, "Grader.Runner.dll"),
        Path.GetFullPath(submissionAssembly));

    /// <summary>The runtime folder is &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string FindDotnetRoot()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        return runtime.Parent?.Parent?.Parent?.FullName
            ?? throw new DirectoryNotFoundException($"Cannot find the .NET root above {runtime.FullName}.");
    }
}
