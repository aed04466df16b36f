using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.NbackRnn;
using Reference.Generator.Fixtures;

namespace Reference.Generator.NbackRnn;

/// <summary>The <c>nback-rnn</c> fixtures: a sweep of short lengths (T = 1, 2, 3, 5, named so they sort) for the BPTT
/// gradients, a longer sequence, and the 2-back task of the problem text for the training checks.</summary>
public sealed class NbackRnnFixtures : IFixtureGenerator, IKnownMistakes
{
    /// <summary>The standard deviation of the Gaussian initial weights of the training cases.</summary>
    public const double InitialScale = 0.1;

    public static readonly IReadOnlyList<NbackCase> Cases =
    [
        new(FixtureSet.Public, "length-01", 301, Length: 1, InputSize: 2, StateSize: 3),
        new(FixtureSet.Public, "length-02", 302, Length: 2, InputSize: 2, StateSize: 3),
        new(FixtureSet.Public, "length-03", 303, Length: 3, InputSize: 2, StateSize: 3),
        new(FixtureSet.Public, "length-05", 305, Length: 5, InputSize: 2, StateSize: 3),
        new(FixtureSet.Public, "two-back", 310, Length: NbackTask.DefaultLength, InputSize: 1, StateSize: NbackRnnModule.HiddenUnits, TrainSeed: 7),
        new(FixtureSet.Hidden, "length-01", 401, Length: 1, InputSize: 3, StateSize: 4),
        new(FixtureSet.Hidden, "length-02", 402, Length: 2, InputSize: 3, StateSize: 4),
        new(FixtureSet.Hidden, "length-03", 403, Length: 3, InputSize: 1, StateSize: 5),
        new(FixtureSet.Hidden, "length-05", 405, Length: 5, InputSize: 4, StateSize: 2),
        new(FixtureSet.Hidden, "length-20", 420, Length: 20, InputSize: 3, StateSize: 5),
        new(FixtureSet.Hidden, "two-back", 430, Length: NbackTask.DefaultLength, InputSize: 1, StateSize: NbackRnnModule.HiddenUnits, TrainSeed: 2024),
    ];

    /// <summary>Each flaw under the name the grader reports.</summary>
    public static readonly IReadOnlyDictionary<NbackFlaw, string> MistakeNames = new Dictionary<NbackFlaw, string>
    {
        [NbackFlaw.RecurrentTermMissing] = NbackRnnMistakes.RecurrentTermMissing,
        [NbackFlaw.CurrentStateInDU] = NbackRnnMistakes.CurrentStateInDU,
        [NbackFlaw.TanhDerivativeMissing] = NbackRnnMistakes.TanhDerivativeMissing,
        [NbackFlaw.LastStepOnly] = NbackRnnMistakes.LastStepOnly,
        [NbackFlaw.DUTransposed] = NbackRnnMistakes.DUTransposed,
    };

    private readonly NbackRnnModule _problem = new();
    private readonly FixtureBuilder<NbackFlaw> _builder;

    public NbackRnnFixtures() => _builder = new(_problem, MistakeNames, flaw => new FlawedNbackRnn(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => NbackRnnModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Cases.Select(c => (c.Set, Build(c)));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(NbackCase nbackCase) =>
        nbackCase.TrainSeed is { } trainSeed ? TrainingInputs(nbackCase.Seed, trainSeed) : GradientInputs(nbackCase);

    /// <summary>The 2-back task of the default length with N(0, 0.1²) initial weights drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyDictionary<string, NumericArray> TrainingInputs(long seed, int trainSeed)
    {
        var (x, y) = NbackTask.Generate(seed);
        var random = new SeededRandom(seed + 1);
        const int n = NbackRnnModule.HiddenUnits;
        return new Dictionary<string, NumericArray>
        {
            ["x"] = new([x.Length, 1], x),
            ["y"] = NumericArray.FromVector(y),
            ["U"] = Draw([n, n], () => random.Gaussian(InitialScale)),
            ["V"] = Draw([n, 1], () => random.Gaussian(InitialScale)),
            ["w"] = Draw([n], () => random.Gaussian(InitialScale)),
            [NbackRnnModule.TrainSeed] = NumericArray.Scalar(trainSeed),
        };
    }

    private static IReadOnlyDictionary<string, NumericArray> GradientInputs(NbackCase c)
    {
        var random = new SeededRandom(c.Seed);
        return new Dictionary<string, NumericArray>
        {
            ["x"] = Draw([c.Length, c.InputSize], () => random.Grid(1)),
            ["y"] = Draw([c.Length], () => random.Grid(1)),
            ["U"] = Draw([c.StateSize, c.StateSize], () => random.Grid(1)),
            ["V"] = Draw([c.StateSize, c.InputSize], () => random.Grid(1)),
            ["w"] = Draw([c.StateSize], () => random.Grid(1)),
        };
    }

    private Fixture Build(NbackCase nbackCase)
    {
        var inputs = Inputs(nbackCase);
        var expected = ReferenceRun.Outputs(_problem, new Reference.Solutions.NbackRnn(), inputs);
        // The answer key's own Train is judged by the same criteria as a student's and never compared with, so only
        // the grader's descent keeps its reference curve (the feedback draws it beside the student's).
        expected = expected.Where(e => e.Key is not ("train_history" or "train_loss")).ToDictionary();
        // Training cases record no mistakes: a flawed gradient's training run names nothing the gradient cases do not.
        return _builder.WithExpected(nbackCase.Name, nbackCase.Seed, inputs, expected, record: _ => nbackCase.TrainSeed is null);
    }

    private static NumericArray Draw(int[] shape, Func<double> next) => InputArrays.Draw(shape, next);
}
