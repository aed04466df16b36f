using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Cli.Pipeline;

/// <summary>Runs the submission inside the grader's own process: no protection against hangs or crashes.
/// For trusted code only (the reference, the tests); the grader isolates student code in a runner process.</summary>
public sealed class InProcessExecutorFactory(ProblemCatalog catalog) : IExecutorFactory
{
    public string Isolation => "Student code ran inside the grader's process (no isolation).";

    public ISubmissionExecutor Start(string assemblyPath, CancellationToken cancel = default)
    {
        var context = new SubmissionLoadContext(Path.GetFileName(Path.GetDirectoryName(assemblyPath)) ?? "submission");
        return new Unloading(new InProcessExecutor(context.LoadSubmission(assemblyPath), catalog), context);
    }

    private sealed class Unloading(ISubmissionExecutor inner, SubmissionLoadContext context) : ISubmissionExecutor
    {
        public CaseOutcome Run(ProblemCall call) => inner.Run(call);

        public CaseOutcome Differentiate(DifferentiationCall call) => inner.Differentiate(call);

        public void Dispose()
        {
            inner.Dispose();
            context.Unload();
        }
    }
}
