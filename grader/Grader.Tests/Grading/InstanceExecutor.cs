using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Tests.Grading;

/// <summary>Drives a fresh object from a factory, in this process: for grading known implementations in tests.</summary>
internal sealed class InstanceExecutor(ProblemCatalog catalog, Func<object> create) : ISubmissionExecutor
{
    public CaseOutcome Run(ProblemCall call)
    {
        var problem = catalog.Get(call.Problem);
        var builder = new CaseOutcomeBuilder(problem.Quantities.Select(q => q.Name), typeof(InstanceExecutor).Assembly);
        problem.Invoke(create(), call.Inputs, builder);
        return builder.Build();
    }

    public void Dispose()
    {
    }
}
