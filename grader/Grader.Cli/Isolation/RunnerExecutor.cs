using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Cli.Isolation;

/// <summary>Runs a submission's calls in runner processes: a fresh runner for each problem, so nothing one problem
/// leaves running (threads, processes) reaches the next, and a fresh one after any runner dies.</summary>
public sealed class RunnerExecutor(
    RunnerLaunch launch,
    IsolationSettings settings,
    bool sandboxed,
    ReferenceTimings timings,
    ProblemCatalog catalog,
    CancellationToken cancel) : ISubmissionExecutor
{
    private RunnerProcess? _runner;
    private string? _runnerProblem;
    private StudentFailure? _unloadable;

    public CaseOutcome Run(ProblemCall call)
    {
        cancel.ThrowIfCancellationRequested();
        var quantities = catalog.Get(call.Problem).Quantities.Select(q => q.Name).ToArray();
        if (_unloadable is not null)
        {
            return CaseOutcome.AllFailed(quantities, _unloadable);
        }
        if (_runner is not null && (_runnerProblem != call.Problem || !_runner.Alive))
        {
            StopRunner();
        }
        if (_runner is null)
        {
            _runner = RunnerProcess.Start(launch, settings, sandboxed, out var failure);
            _runnerProblem = call.Problem;
            if (_runner is null)
            {
                if (failure!.Status == Core.Grading.CheckStatus.CompileError)
                {
                    _unloadable = failure;
                }
                return CaseOutcome.AllFailed(quantities, failure);
            }
        }

        var limit = settings.Timeouts.Limit(timings.Of(call));
        var result = _runner.Call(Wire(call), limit, "The call", cancel);
        if (result.Response is null)
        {
            StopRunner();
            return CaseOutcome.AllFailed(quantities, result.Failure!, result.RawOutput);
        }
        var outcome = result.Response.ToOutcome();
        return outcome with { Output = outcome.Output + result.RawOutput };
    }

    public void Dispose() => StopRunner();

    private static Core.Execution.Wire.WireRequest Wire(ProblemCall call) => Core.Execution.Wire.WireRequest.From(call);

    private void StopRunner()
    {
        _runner?.Dispose();
        _runner = null;
        _runnerProblem = null;
    }
}
