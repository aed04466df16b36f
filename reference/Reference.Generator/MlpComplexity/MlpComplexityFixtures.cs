using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.MlpComplexity;
using Reference.Generator.Fixtures;

namespace Reference.Generator.MlpComplexity;

/// <summary>The <c>mlp-complexity</c> fixtures: one case per network shape, expected counts made by
/// <see cref="CountedComplexity"/> (walking the network; listing the paths where there are few), never by the closed
/// forms, which must agree with them. Shapes run from one unit per layer to networks whose path count needs 500 digits.</summary>
public sealed class MlpComplexityFixtures : IFixtureGenerator, IKnownMistakes
{
    public static readonly IReadOnlyList<(FixtureSet Set, int D, int L, int N, int C)> Shapes =
    [
        (FixtureSet.Public, 2, 1, 3, 1),
        (FixtureSet.Public, 1, 1, 1, 1),
        (FixtureSet.Public, 4, 2, 3, 2),
        (FixtureSet.Public, 3, 5, 2, 2),
        (FixtureSet.Public, 10, 3, 5, 3),
        (FixtureSet.Public, 784, 2, 100, 10),
        (FixtureSet.Public, 5, 1, 1000, 5),
        (FixtureSet.Public, 100, 10, 100, 10),      // n^L = 10²⁰: the path count passes 2⁶³
        (FixtureSet.Hidden, 1, 4, 1, 1),
        (FixtureSet.Hidden, 1, 1, 1, 100),
        (FixtureSet.Hidden, 2, 2, 2, 2),
        (FixtureSet.Hidden, 3, 3, 4, 1),
        (FixtureSet.Hidden, 1, 6, 3, 1),
        (FixtureSet.Hidden, 6, 4, 3, 5),
        (FixtureSet.Hidden, 8, 1, 16, 3),
        (FixtureSet.Hidden, 20, 2, 50, 1),
        (FixtureSet.Hidden, 7, 7, 7, 7),
        (FixtureSet.Hidden, 9, 9, 9, 9),
        (FixtureSet.Hidden, 3072, 4, 512, 100),
        (FixtureSet.Hidden, 1000, 3, 100_000, 1000), // 2·10¹⁰ weights: past a 32-bit int
        (FixtureSet.Hidden, 100, 12, 40, 10),        // 40¹² ≈ 1.7·10¹⁹, just past 2⁶³
        (FixtureSet.Hidden, 2, 100, 2, 2),
        (FixtureSet.Hidden, 50, 20, 64, 10),
        (FixtureSet.Hidden, 1000, 150, 1000, 1000),
    ];

    public static readonly IReadOnlyDictionary<ComplexityFlaw, string> MistakeNames = new Dictionary<ComplexityFlaw, string>
    {
        [ComplexityFlaw.BiasesForgotten] = MlpComplexityMistakes.BiasesForgotten,
        [ComplexityFlaw.HiddenLayersOffByOne] = MlpComplexityMistakes.HiddenLayersOffByOne,
        [ComplexityFlaw.OutputLayerForgotten] = MlpComplexityMistakes.OutputLayerForgotten,
        [ComplexityFlaw.BackwardCountedOnce] = MlpComplexityMistakes.BackwardCountedOnce,
        [ComplexityFlaw.UpdateForgotten] = MlpComplexityMistakes.UpdateForgotten,
        [ComplexityFlaw.DerivativeProductsForgotten] = MlpComplexityMistakes.DerivativeProductsForgotten,
        [ComplexityFlaw.EveryEdgeMultiplied] = MlpComplexityMistakes.EveryEdgeMultiplied,
        [ComplexityFlaw.PathsFromInputsOnly] = MlpComplexityMistakes.PathsFromInputsOnly,
    };

    private readonly MlpComplexityModule _problem = new();
    private readonly FixtureBuilder<ComplexityFlaw> _builder;

    /// <summary>Counts are told apart exactly, every one: the quantities are judged by a criterion (equal to the
    /// counts), which <see cref="ReferenceRun.ByTolerance"/> would compare with nothing.</summary>
    public MlpComplexityFixtures() =>
        _builder = new(_problem, MistakeNames, flaw => new FlawedMlpComplexity(flaw), comparedWith: _ => MlpComplexityModule.Exact);

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => MlpComplexityModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Shapes.Select(s => (s.Set, Build(s.D, s.L, s.N, s.C)));

    public static string CaseName(int d, int l, int n, int c) => $"d{d}-L{l}-n{n}-c{c}";

    public static IReadOnlyDictionary<string, NumericArray> Inputs(int d, int l, int n, int c) => new Dictionary<string, NumericArray>
    {
        ["d"] = NumericArray.Scalar(d),
        ["L"] = NumericArray.Scalar(l),
        ["n"] = NumericArray.Scalar(n),
        ["c"] = NumericArray.Scalar(c),
    };

    private Fixture Build(int d, int l, int n, int c)
    {
        var name = CaseName(d, l, n, c);
        var inputs = Inputs(d, l, n, c);
        var expected = ReferenceRun.Outputs(_problem, new CountedComplexity(), inputs);
        var disagreeing = _builder.Differences(inputs, expected, new Reference.Solutions.MlpComplexity());
        if (disagreeing.Count > 0)
        {
            throw new InvalidOperationException($"{name}: the answer key's closed forms disagree with the counts on {string.Join(", ", disagreeing.Keys)}.");
        }
        return _builder.WithExpected(name, 0, inputs, expected);
    }
}
