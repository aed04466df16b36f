using Grader.Core.Diagnosis;
using Grader.Core.Execution;

namespace Grader.Tests.Diagnosis;

/// <summary>Runs calls with one executor and differentiates another implementation's forward pass: a submission whose
/// forward misbehaves only when the grader differentiates it.</summary>
internal sealed class DifferentiatingWith(ISubmissionExecutor inner, Func<object> create) : ISubmissionExecutor
{
    public CaseOutcome Run(ProblemCall call) => inner.Run(call);

    public CaseOutcome Differentiate(DifferentiationCall call) =>
        FiniteDifferences.Estimate(TestCatalog.All.Get(call.Problem).ForwardModel!, () => (create(), null), call, typeof(DifferentiatingWith).Assembly);

    public void Dispose() => inner.Dispose();
}
