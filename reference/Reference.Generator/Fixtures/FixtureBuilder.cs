using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Reference.Generator.Fixtures;

/// <summary>Makes one problem's fixtures: the answer key's outputs through the module's <c>Invoke</c> as the expected
/// values, and what each known flaw gives as the fixture's <c>mistakes</c>.</summary>
/// <param name="mistakeNames">Each flaw under the name the grader reports.</param>
/// <param name="flawed">Makes an implementation with the flaw.</param>
/// <param name="comparedWith">The tolerance a quantity's mistakes are told apart with, or null for one that records
/// none (<see cref="ReferenceRun.ByTolerance"/> unless told).</param>
public sealed class FixtureBuilder<TFlaw>(
    IProblemModule problem,
    IReadOnlyDictionary<TFlaw, string> mistakeNames,
    Func<TFlaw, object> flawed,
    Func<QuantitySpec, Tolerance?>? comparedWith = null)
    where TFlaw : notnull
{
    /// <summary>What <see cref="IKnownMistakes.FlawedImplementations"/> gives: by mistake name, a way to make each
    /// flawed implementation.</summary>
    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations { get; } =
        mistakeNames.ToDictionary(m => m.Value, m => (Func<object>)(() => flawed(m.Key)));

    /// <summary>A case whose expected values are what <paramref name="answerKey"/> gives.</summary>
    /// <param name="record">The flaws whose mistakes the case records; null for all.</param>
    public Fixture Build(string name, long seed, IReadOnlyDictionary<string, NumericArray> inputs, object answerKey, Func<TFlaw, bool>? record = null) =>
        WithExpected(name, seed, inputs, ReferenceRun.Outputs(problem, answerKey, inputs), record);

    /// <summary>A case with these expected values (the answer key's with some left out or added, or counted otherwise).</summary>
    /// <param name="record">The flaws whose mistakes the case records; null for all.</param>
    public Fixture WithExpected(
        string name, long seed, IReadOnlyDictionary<string, NumericArray> inputs, IReadOnlyDictionary<string, NumericArray> expected,
        Func<TFlaw, bool>? record = null) => new()
    {
        Problem = problem.Id,
        Case = name,
        Seed = seed,
        Inputs = inputs,
        Expected = expected,
        Mistakes = Mistakes(inputs, expected, mistakeNames.Where(m => record?.Invoke(m.Key) ?? true)),
    };

    /// <summary>The outputs of <paramref name="implementation"/> that differ from <paramref name="expected"/>.</summary>
    public IReadOnlyDictionary<string, NumericArray> Differences(
        IReadOnlyDictionary<string, NumericArray> inputs, IReadOnlyDictionary<string, NumericArray> expected, object implementation) =>
        ReferenceRun.Differences(problem, expected, ReferenceRun.Outputs(problem, implementation, inputs), comparedWith);

    /// <summary>Per flaw, the outputs that differ from the expected ones. A flaw that changes nothing here is left out,
    /// and so is a non-finite output (a diverged run names no mistake; the grader reports it as NaN or infinity).</summary>
    private Dictionary<string, IReadOnlyDictionary<string, NumericArray>> Mistakes(
        IReadOnlyDictionary<string, NumericArray> inputs, IReadOnlyDictionary<string, NumericArray> expected, IEnumerable<KeyValuePair<TFlaw, string>> flaws)
    {
        var mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>();
        foreach (var (flaw, name) in flaws)
        {
            var differences = Differences(inputs, expected, flawed(flaw))
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
