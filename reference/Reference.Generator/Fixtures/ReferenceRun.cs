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

    /// <summary>The outputs of a wrong implementation that differ from the expected ones beyond each quantity's tolerance.
    /// Quantities judged by a criterion (a loss target, a property) are compared with nothing, so no mistake records them.</summary>
    public static IReadOnlyDictionary<string, NumericArray> Differences(
        IProblemModule problem, IReadOnlyDictionary<string, NumericArray> expected, IReadOnlyDictionary<string, NumericArray> wrong) =>
        problem.Quantities
            .Where(q => !q.IsJudged && expected.ContainsKey(q.Name))
            .Where(q => !AllClose.IsClose(expected[q.Name], wrong[q.Name], q.Tolerance))
            .ToDictionary(q => q.Name, q => wrong[q.Name]);

    /// <summary>What each known wrong implementation gives, as the fixture's <c>mistakes</c>: per flaw, the outputs
    /// that differ from the expected ones. A flaw that changes nothing here is left out, and so is a non-finite
    /// output (a diverged run names no mistake; the grader reports it as NaN or infinity).</summary>
    public static Dictionary<string, IReadOnlyDictionary<string, NumericArray>> Mistakes<TFlaw>(
        IProblemModule problem,
        IReadOnlyDictionary<string, NumericArray> expected,
        IReadOnlyDictionary<string, NumericArray> inputs,
        IEnumerable<KeyValuePair<TFlaw, string>> flaws,
        Func<TFlaw, object> create)
    {
        var mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>();
        foreach (var (flaw, name) in flaws)
        {
            var differences = Differences(problem, expected, Outputs(problem, create(flaw), inputs))
                .Where(d => d.Value.Data.All(double.IsFinite))
                .ToDictionary(d => d.Key, d => d.Value);
            if (differences.Count > 0)
            {
                mistakes[name] = differences;
            }
        }
        return mistakes;
    }
}
