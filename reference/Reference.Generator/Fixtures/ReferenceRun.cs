using Grader.Core.Execution;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Reference.Generator.Fixtures;

/// <summary>Drives an implementation through the same <see cref="IProblem.Invoke"/> the grader uses for student code,
/// so the expected values are what a correct submission returns through its contract.</summary>
public static class ReferenceRun
{
    public static IReadOnlyDictionary<string, NumericArray> Outputs(IProblem problem, object implementation, IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var builder = new CaseOutcomeBuilder(problem.Quantities.Select(q => q.Name), student: null);
        problem.Invoke(implementation, inputs, builder);
        var outcome = builder.Build();
        return problem.Quantities.ToDictionary(q => q.Name, q =>
        {
            var value = outcome.Quantities[q.Name];
            return value.HasValue
                ? value.Value
                : throw new InvalidOperationException($"{problem.Id}: the implementation gave no {q.Name}: {value.Failure.Message}");
        });
    }

    /// <summary>The outputs of a wrong implementation that differ from the expected ones beyond each quantity's tolerance.</summary>
    public static IReadOnlyDictionary<string, NumericArray> Differences(
        IProblem problem, IReadOnlyDictionary<string, NumericArray> expected, IReadOnlyDictionary<string, NumericArray> wrong) =>
        problem.Quantities
            .Where(q => !AllClose.IsClose(expected[q.Name], wrong[q.Name], q.Tolerance))
            .ToDictionary(q => q.Name, q => wrong[q.Name]);
}
