using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.InfoGan;
using Reference.Generator.Fixtures;

namespace Reference.Generator.InfoGan;

/// <summary>The <c>infogan</c> fixtures: per set, small batches on which the generator's input, L_D and L_G are
/// checked exactly (with the recorded mistakes), and one training case whose measured quantities are judged by the
/// calibrated thresholds (it has no expected values: training is measured, not compared).</summary>
public sealed class InfoGanFixtures : IFixtureGenerator, IKnownMistakes
{
    /// <summary>The graded training case's settings; the calibration of docs/problems/infogan.md ran on them.</summary>
    public static readonly InfoGanCase GradedCase = new(FixtureSet.Public, "train", DataSeed: 7, DataCount: 3000,
        new InfoGanSettings(Seed: 2, Epochs: 8, BatchSize: 32, LearningRate: 1e-3, Lambda: 5, NoiseSize: 16),
        ClassifierEpochs: 4, MeasureSeed: 11);

    public static readonly IReadOnlyList<InfoGanCase> TrainingCases =
    [
        GradedCase,
        GradedCase with { Set = FixtureSet.Hidden, DataSeed = 8, MeasureSeed = 12 },
    ];

    /// <summary>The checked pieces' cases: set, name, seed, batch size, noise length, λ.</summary>
    public static readonly IReadOnlyList<(FixtureSet Set, string Name, int Seed, int Batch, int Noise, double Lambda)> PieceCases =
    [
        (FixtureSet.Public, "batch-1", 41, 1, 3, 1.0),
        (FixtureSet.Public, "batch-5", 42, 5, 4, 0.5),
        (FixtureSet.Hidden, "batch-1", 141, 1, 2, 2.0),
        (FixtureSet.Hidden, "batch-8", 142, 8, 6, 0.75),
    ];

    public static readonly IReadOnlyDictionary<InfoGanFlaw, string> MistakeNames = new Dictionary<InfoGanFlaw, string>
    {
        [InfoGanFlaw.CategoryNotOneHot] = InfoGanMistakes.CategoryNotOneHot,
        [InfoGanFlaw.CodesNotFed] = InfoGanMistakes.CodesNotFed,
        [InfoGanFlaw.DiscriminatorLabelsSwapped] = InfoGanMistakes.DiscriminatorLabelsSwapped,
        [InfoGanFlaw.QLossLeftOut] = InfoGanMistakes.QLossLeftOut,
        [InfoGanFlaw.ContinuousTermSign] = InfoGanMistakes.ContinuousTermSign,
        [InfoGanFlaw.SaturatingGeneratorLoss] = InfoGanMistakes.SaturatingGeneratorLoss,
        [InfoGanFlaw.LambdaNotApplied] = InfoGanMistakes.LambdaNotApplied,
    };

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations { get; } =
        MistakeNames.ToDictionary(m => m.Value, m => (Func<object>)(() => new FlawedInfoGan(m.Key)));

    private readonly InfoGanProblem _problem = new();

    public string Problem => InfoGanProblem.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        PieceCases.Select(c => (c.Set, Pieces(c.Name, c.Seed, c.Batch, c.Noise, c.Lambda)))
            .Concat(TrainingCases.Select(c => (c.Set, Training(c))));

    public static IReadOnlyDictionary<string, NumericArray> PieceInputs(int seed, int batch, int noise, double lambda)
    {
        var random = new SeededRandom(seed);
        return new Dictionary<string, NumericArray>
        {
            ["category"] = NumericArray.Scalar(random.NextInt(10)),
            ["continuous"] = Grid(random, [2], 1),
            ["noise"] = Grid(random, [noise], 2),
            ["real_scores"] = Grid(random, [batch], 4),
            ["fake_scores"] = Grid(random, [batch], 4),
            ["category_logits"] = Grid(random, [batch, 10], 3),
            ["categories"] = NumericArray.FromVector(Enumerable.Range(0, batch).Select(_ => (double)random.NextInt(10)).ToArray()),
            ["continuous_means"] = Grid(random, [batch, 2], 1.5),
            ["continuous_codes"] = Grid(random, [batch, 2], 1),
            ["lambda"] = NumericArray.Scalar(lambda),
        };
    }

    public static IReadOnlyDictionary<string, NumericArray> TrainingInputs(InfoGanCase c) => new Dictionary<string, NumericArray>
    {
        ["data_seed"] = NumericArray.Scalar(c.DataSeed),
        ["data_count"] = NumericArray.Scalar(c.DataCount),
        ["seed"] = NumericArray.Scalar(c.Settings.Seed),
        ["epochs"] = NumericArray.Scalar(c.Settings.Epochs),
        ["batch_size"] = NumericArray.Scalar(c.Settings.BatchSize),
        ["lr"] = NumericArray.Scalar(c.Settings.LearningRate),
        ["lambda"] = NumericArray.Scalar(c.Settings.Lambda),
        ["noise_size"] = NumericArray.Scalar(c.Settings.NoiseSize),
        ["classifier_epochs"] = NumericArray.Scalar(c.ClassifierEpochs),
        ["measure_seed"] = NumericArray.Scalar(c.MeasureSeed),
    };

    private Fixture Pieces(string name, int seed, int batch, int noise, double lambda)
    {
        var inputs = PieceInputs(seed, batch, noise, lambda);
        var expected = ReferenceRun.Outputs(_problem, new Reference.Solutions.InfoGan(), inputs);
        var mistakes = ReferenceRun.Mistakes(_problem, expected, inputs, MistakeNames, flaw => new FlawedInfoGan(flaw));
        return new Fixture { Problem = Problem, Case = name, Seed = seed, Inputs = inputs, Expected = expected, Mistakes = mistakes };
    }

    private Fixture Training(InfoGanCase c) => new()
    {
        Problem = Problem,
        Case = c.Name,
        Seed = c.Settings.Seed,
        Inputs = TrainingInputs(c),
        Expected = new Dictionary<string, NumericArray>(),
        Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
    };

    private static NumericArray Grid(SeededRandom random, int[] shape, double scale)
    {
        var data = new double[shape.Aggregate(1, (a, b) => a * b)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = random.Grid(scale);
        }
        return new NumericArray(shape, data);
    }
}
