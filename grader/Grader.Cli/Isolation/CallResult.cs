using Grader.Core.Execution;
using Grader.Core.Execution.Wire;

namespace Grader.Cli.Isolation;

/// <summary>What came back from one call into a runner: its response, or why the runner could not answer.</summary>
public sealed record CallResult(WireResponse? Response, StudentFailure? Failure, string RawOutput);
