using Grader.Core.Execution;
using Grader.Core.Execution.Wire;
using Grader.Core.Problems;

namespace Grader.Cli.Isolation;

/// <summary>Runs a submission's calls in runner processes: a fresh runner for each problem, so nothing one problem
/// leaves running (threads, processes) reaches the next, and a fresh one after any runner dies.</summary>
public sealed class RunnerExecutor(
    RunnerLaunch launch,
    IsolationSettings settings,
    Sandbox sandbox,
    bool sandboxed,
    ReferenceTimings timings,
    ProblemCatalog catalog,
    CancellationToken cancel) : ISubmissionExecutor
{
    /// <summary>The most a diagnosis may take, whatever the answer key's time: it explains a grade, it never sets one.</summary>
    public static readonly TimeSpan DiagnosisCeiling = TimeSpan.FromSeconds(60);

    private RunnerProcess? _runner;
    private string? _runnerProblem;
    private StudentFailure? _unloadable;

    public CaseOutcome Run(ProblemCall call) =>
        Send(call.Problem, WireRequest.From(call), catalog.Get(call.Problem).Quantities.Select(q => q.Name).ToArray(),
            settings.Timeouts.Limit(timings.Of(call)), "The call");

    public CaseOutcome Differentiate(DifferentiationCall call)
    {
        var reference = timings.Of(new ProblemCall(call.Problem, call.Case, call.Inputs));
        return Send(call.Problem, WireRequest.From(call), call.Probes.Keys.ToArray(),
            DiagnosisLimit(settings.Timeouts, reference, call.Evaluations), "Differentiating your forward pass");
    }

    /// <summary>The time limit of a differentiation request.</summary>
    /// <remarks>Each evaluation runs the forward pass once, which costs no more than the whole call the answer key was
    /// timed on: the limit is that of a call as long as the answer key's time × evaluations, at most
    /// <see cref="DiagnosisCeiling"/>.</remarks>
    public static TimeSpan DiagnosisLimit(TimeoutPolicy policy, TimeSpan referenceTime, int evaluations)
    {
        var limit = policy.Limit(referenceTime * Math.Max(1, evaluations));
        return limit < DiagnosisCeiling ? limit : DiagnosisCeiling;
    }

    public void Dispose() => StopRunner();

    private CaseOutcome Send(string problem, WireRequest request, string[] quantities, TimeSpan limit, string during)
    {
        cancel.ThrowIfCancellationRequested();
        if (_unloadable is not null)
        {
            return CaseOutcome.AllFailed(quantities, _unloadable);
        }
        if (_runner is not null && (_runnerProblem != problem || !_runner.Alive))
        {
            StopRunner();
        }
        if (_runner is null)
        {
            _runner = RunnerProcess.Start(launch, settings, sandbox, sandboxed, out var failure);
            _runnerProblem = problem;
            if (_runner is null)
            {
                if (failure!.Status == Core.Grading.CheckStatus.CompileError)
                {
                    _unloadable = failure;
                }
                return CaseOutcome.AllFailed(quantities, failure);
            }
        }

        var result = _runner.Call(request, limit, during, cancel);
        if (result.Response is null)
        {
            StopRunner();
            return CaseOutcome.AllFailed(quantities, result.Failure!, result.RawOutput);
        }
        var outcome = result.Response.ToOutcome();
        return outcome with { Output = outcome.Output + result.RawOutput };
    }

    private void StopRunner()
    {
        _runner?.Dispose();
        _runner = null;
        _runnerProblem = null;
    }
}
