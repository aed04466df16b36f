using Grader.Core.Execution;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Reference.Generator.Fixtures;

/// <summary>Drives an implementation through the same <see cref="IProblemModule.Invoke"/> and
/// <see cref="IProblemModule.Measure"/> the grader uses for student code, so the expected values are what a correct
/// submission returns through its contract.</summary>
public static class ReferenceRun
{
    /// <summary>The outputs of every quantity that applies to the case; throws when the implementation gives none for one.</summary>
    public static IReadOnlyDictionary<string, NumericArray> Outputs(IProblemModule problem, object implementation, IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var builder = new CaseOutcomeBuilder(problem.Quantities.Select(q => q.Name), student: null);
        problem.Invoke(implementation, inputs, builder);
        var outcome = problem.Measure(inputs, builder.Build());
        return problem.Quantities.Where(q => q.Applies(inputs)).ToDictionary(q => q.Name, q =>
        {
            var value = outcome.Quantities[q.Name];
            return value.HasValue
                ? value.Value
                : throw new InvalidOperationException($"{problem.Id}: the implementation gave no {q.Name}: {value.Failure.Message}");
        });
    }

    /// <summary>The outputs of a wrong implementation that differ from the expected ones beyond the tolerance each quantity
    /// is compared with (<see cref="ByTolerance"/> unless told), in the order of the module's quantities.</summary>
    /// <param name="comparedWith">The tolerance a quantity is compared with, or null for a quantity that is not.</param>
    public static IReadOnlyDictionary<string, NumericArray> Differences(
        IProblemModule problem,
        IReadOnlyDictionary<string, NumericArray> expected,
        IReadOnlyDictionary<string, NumericArray> wrong,
        Func<QuantitySpec, Tolerance?>? comparedWith = null) =>
        problem.Quantities
            .Select(q => (q.Name, Tolerance: (comparedWith ?? ByTolerance)(q)))
            .Where(q => q.Tolerance is not null && expected.ContainsKey(q.Name))
            .Where(q => OutputComparison.Differs(expected[q.Name], wrong[q.Name], q.Tolerance!))
            .ToDictionary(q => q.Name, q => wrong[q.Name]);

    /// <summary>Each quantity with its own tolerance, except those judged by a criterion (a loss target, a property):
    /// they are compared with nothing, so no mistake records them.</summary>
    public static Tolerance? ByTolerance(QuantitySpec quantity) => quantity.IsJudged ? null : quantity.Tolerance;
}
