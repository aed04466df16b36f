using Grader.Core.Execution;

namespace Grader.Cli.Pipeline;

/// <summary>Starts whatever runs a compiled submission's code, and says how it is isolated.</summary>
public interface IExecutorFactory
{
    /// <summary>A line for the reports saying how student code ran (e.g. whether a sandbox was used).</summary>
    string Isolation { get; }

    /// <param name="cancel">Stops a call in flight (its runner is killed) and every later one.</param>
    ISubmissionExecutor Start(string assemblyPath, CancellationToken cancel = default);
}
