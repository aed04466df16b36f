using Grader.Core.Execution;

namespace Grader.Cli.Pipeline;

/// <summary>Starts whatever runs a compiled submission's code, and says how it is isolated.</summary>
public interface IExecutorFactory
{
    /// <summary>A line for the reports saying how student code ran (e.g. whether a sandbox was used).</summary>
    string Isolation { get; }

    ISubmissionExecutor Start(string assemblyPath);
}
