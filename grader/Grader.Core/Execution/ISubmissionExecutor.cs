using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Runs student code on one case's inputs and returns its outputs. The only way the grader reaches student code.</summary>
public interface ISubmissionExecutor : IDisposable
{
    /// <summary>Runs <paramref name="call"/>. Never throws for anything the student's code does: failures are outcomes.</summary>
    CaseOutcome Run(ProblemCall call);

    /// <summary>Estimates the probed gradient elements by central finite differences of the submission's own forward
    /// pass, one vector of estimates per gradient. Never throws for anything the student's code does.</summary>
    /// <remarks>An executor that cannot differentiate says so as a failure, and the grader leaves the diagnosis out.</remarks>
    CaseOutcome Differentiate(DifferentiationCall call) =>
        CaseOutcome.AllFailed(call.Probes.Keys, new StudentFailure(CheckStatus.NotImplemented, "This executor cannot differentiate."));
}
