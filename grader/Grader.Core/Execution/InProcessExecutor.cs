using System.Reflection;
using Grader.Core.Diagnosis;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Core.Execution;

/// <summary>Runs student code in this process. For a student's own tests only: the grader isolates student code
/// in a runner process that implements <see cref="ISubmissionExecutor"/> the same way.</summary>
public sealed class InProcessExecutor(Assembly submission, ProblemCatalog catalog) : ISubmissionExecutor
{
    public CaseOutcome Run(ProblemCall call) => Invoke(submission, catalog.Get(call.Problem), call);

    public CaseOutcome Differentiate(DifferentiationCall call) => Differentiate(submission, catalog.Get(call.Problem), call);

    /// <summary>Creates a fresh implementation and drives it on one case; shared with the runner process.</summary>
    public static CaseOutcome Invoke(Assembly submission, IProblemModule problem, ProblemCall call)
    {
        var quantities = problem.Quantities.Select(q => q.Name);
        var implementation = ImplementationLocator.TryCreate(submission, problem.Contract, problem.Id, out var failure);
        if (implementation is null)
        {
            return CaseOutcome.AllFailed(quantities, failure!);
        }
        var outcome = new CaseOutcomeBuilder(quantities, submission);
        problem.Invoke(implementation, call.Inputs, outcome);
        return outcome.Build();
    }

    /// <summary>Finite differences of the submission's forward pass, a fresh implementation for each evaluation;
    /// shared with the runner process.</summary>
    public static CaseOutcome Differentiate(Assembly submission, IProblemModule problem, DifferentiationCall call)
    {
        var model = problem.ForwardModel;
        if (model is null)
        {
            return CaseOutcome.AllFailed(call.Probes.Keys,
                new StudentFailure(CheckStatus.NotGraded, $"{problem.Id} has no forward pass to differentiate."));
        }
        return FiniteDifferences.Estimate(model, () =>
        {
            var implementation = ImplementationLocator.TryCreate(submission, problem.Contract, problem.Id, out var failure);
            return (implementation, failure);
        }, call, submission);
    }

    public void Dispose()
    {
    }
}
