using Grader.Cli.Pipeline;
using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Cli.Isolation;

/// <summary>Starts runner processes for each submission, in the bubblewrap sandbox where it is installed.</summary>
/// <param name="timings">The base of each call's time limit (<see cref="ReferenceTimings.For"/>).</param>
public sealed class RunnerExecutorFactory(ProblemCatalog catalog, IsolationSettings settings, Sandbox sandbox, ReferenceTimings timings) : IExecutorFactory
{
    public bool Sandboxed => settings.Sandbox && sandbox.IsInstalled;

    public string Isolation => Sandboxed
        ? "Student code ran in a separate process inside the bubblewrap sandbox (no network, read-only system, private /tmp), " +
          $"with a {settings.HeapLimitBytes >> 20} MiB heap and time limits."
        : "Student code ran in a separate process with time and memory limits but WITHOUT a sandbox " +
          (settings.Sandbox ? "(bubblewrap is not installed: apt-get install bubblewrap)" : "(the sandbox was turned off)") +
          ": it could read files and use the network.";

    public ISubmissionExecutor Start(string assemblyPath, CancellationToken cancel = default) =>
        new RunnerExecutor(RunnerLaunch.For(assemblyPath), settings, sandbox, Sandboxed, timings, catalog, cancel);
}
