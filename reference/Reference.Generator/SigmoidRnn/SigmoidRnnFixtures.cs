using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.SigmoidRnn;
using Reference.Generator.Fixtures;

namespace Reference.Generator.SigmoidRnn;

/// <summary>The <c>sigmoid-rnn</c> fixtures: a sweep of short lengths (T = 1, 2, 3, 5) and the vanishing-gradient lengths
/// T = 50 and T = 100 of the problem text, with σ' asked at fixed points across (−30, 30) and a few random ones.</summary>
public sealed class SigmoidRnnFixtures : IFixtureGenerator, IKnownMistakes
{
    public static readonly IReadOnlyList<SigmoidCase> Cases =
    [
        new(FixtureSet.Public, "length-01", 501, 1),
        new(FixtureSet.Public, "length-02", 502, 2),
        new(FixtureSet.Public, "length-03", 503, 3),
        new(FixtureSet.Public, "length-05", 505, 5),
        new(FixtureSet.Public, "vanishing-T050", 550, 50),
        new(FixtureSet.Public, "vanishing-T100", 600, 100),
        new(FixtureSet.Hidden, "length-01", 701, 1),
        new(FixtureSet.Hidden, "length-02", 702, 2),
        new(FixtureSet.Hidden, "length-03", 703, 3),
        new(FixtureSet.Hidden, "length-05", 705, 5),
        new(FixtureSet.Hidden, "length-12", 712, 12),
        new(FixtureSet.Hidden, "vanishing-T050", 750, 50),
        new(FixtureSet.Hidden, "vanishing-T100", 800, 100),
    ];

    /// <summary>Where σ' is always asked: both tails, the peak at 0 (σ'(0) = 1/4 exactly), and points between.</summary>
    public static readonly double[] FixedPoints = [-30, -20, -10, -5, -2, -1, -0.5, 0, 0.5, 1, 2, 5, 10, 20, 30];

    public static readonly IReadOnlyDictionary<SigmoidFlaw, string> MistakeNames = new Dictionary<SigmoidFlaw, string>
    {
        [SigmoidFlaw.RecurrentTermMissing] = SigmoidRnnMistakes.RecurrentTermMissing,
        [SigmoidFlaw.W2Missing] = SigmoidRnnMistakes.W2Missing,
        [SigmoidFlaw.SigmoidDerivativeMissing] = SigmoidRnnMistakes.SigmoidDerivativeMissing,
        [SigmoidFlaw.DerivativeAtState] = SigmoidRnnMistakes.DerivativeAtState,
        [SigmoidFlaw.LossGradientSignFlipped] = SigmoidRnnMistakes.LossGradientSignFlipped,
    };

    private readonly FixtureBuilder<SigmoidFlaw> _builder = new(new SigmoidRnnModule(), MistakeNames, flaw => new FlawedSigmoidRnn(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => SigmoidRnnModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        Cases.Select(c => (c.Set, _builder.Build(c.Name, c.Seed, Inputs(c), new Reference.Solutions.SigmoidRnn())));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(SigmoidCase sigmoidCase)
    {
        var random = new SeededRandom(sigmoidCase.Seed);
        var x = Enumerable.Range(0, sigmoidCase.Length).Select(_ => random.Grid(1)).ToArray();
        var points = FixedPoints.Concat(Enumerable.Range(0, 10).Select(_ => random.Grid(8))).ToArray();
        return new Dictionary<string, NumericArray>
        {
            ["x"] = NumericArray.FromVector(x),
            ["w1"] = NumericArray.Scalar(random.Grid(2)),
            ["w2"] = NumericArray.Scalar(random.Grid(2)),
            ["wo"] = NumericArray.Scalar(random.Grid(2)),
            ["b"] = NumericArray.Scalar(random.Grid(1)),
            ["y"] = NumericArray.Scalar(random.NextInt(2) == 0 ? -1 : 1),
            ["r"] = NumericArray.FromVector(points),
        };
    }
}
