namespace Grader.Core.Execution;

/// <summary>Runs student code on one case's inputs and returns its outputs. The only way the grader reaches student code.</summary>
public interface ISubmissionExecutor : IDisposable
{
    /// <summary>Runs <paramref name="call"/>. Never throws for anything the student's code does: failures are outcomes.</summary>
    CaseOutcome Run(ProblemCall call);
}
