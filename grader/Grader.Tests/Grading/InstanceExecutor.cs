using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Tests.Grading;

/// <summary>Drives a fresh object from a factory, in this process: for grading known implementations in tests.</summary>
internal sealed class InstanceExecutor(ProblemCatalog catalog, Func<object> create) : ISubmissionExecutor
{
    /// <summary>How many differentiation requests it answered, for tests that check the diagnosis stays bounded.</summary>
    public int Differentiations { get; private set; }

    /// <summary>The cases it ran, in order.</summary>
    public List<string> Cases { get; } = [];

    public CaseOutcome Run(ProblemCall call)
    {
        Cases.Add(call.Case);
        var problem = catalog.Get(call.Problem);
        var builder = new CaseOutcomeBuilder(problem.Quantities.Select(q => q.Name), typeof(InstanceExecutor).Assembly);
        problem.Invoke(create(), call.Inputs, builder);
        return builder.Build();
    }

    public CaseOutcome Differentiate(DifferentiationCall call)
    {
        Differentiations++;
        var model = catalog.Get(call.Problem).ForwardModel ?? throw new ArgumentException($"No forward model for {call.Problem}.");
        return FiniteDifferences.Estimate(model, () => (create(), null), call, typeof(InstanceExecutor).Assembly);
    }

    public void Dispose()
    {
    }
}
