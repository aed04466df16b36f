using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.InfoGan;
using Reference.Generator.Fixtures;

namespace Reference.Generator.InfoGan;

/// <summary>The <c>infogan</c> fixtures, per set: small batches on which the generator's input, L_D and L_G are checked
/// exactly (with the recorded mistakes); a draw case judged by statistics; a short run whose updates are counted; a
/// step case (weights and draws given) for Gradients and AdamSteps; and one training case whose measured quantities are
/// judged by the calibrated thresholds (only its count of updates is compared).</summary>
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

    /// <summary>The exactly checked training steps' cases: set, name, seed, batch size, noise length, the generator's and
    /// the trunk's hidden widths (small, unlike training's, to keep the files small: the widths are the weights'), λ.</summary>
    public static readonly IReadOnlyList<(FixtureSet Set, string Name, int Seed, int Batch, int Noise, int Generator, int Trunk, double Lambda)> StepCases =
    [
        (FixtureSet.Public, "step-3", 43, 3, 3, 5, 4, 2.0),
        (FixtureSet.Hidden, "step-4", 143, 4, 2, 6, 3, 1.5),
    ];

    /// <summary>Adam's steps in a step case: three, so that the first moment's memory (β1) and both bias corrections
    /// show, at a rate large enough to move the gradients between steps.</summary>
    public const int AdamSteps = 3;

    public const double AdamLearningRate = 1.0 / 64;

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

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    /// <summary>The generator draws 14×14 images before upsampling them.</summary>
    private const int LowPixels = 14 * 14;

    private readonly InfoGanModule _problem = new();
    private readonly FixtureBuilder<InfoGanFlaw> _builder;

    public InfoGanFixtures() => _builder = new(_problem, MistakeNames, flaw => new FlawedInfoGan(flaw));

    public string Problem => InfoGanModule.ProblemId;

    /// <summary>The draw cases: set and seed. Two batches of 1000 of an epoch of 2000 images, noise of length 16.</summary>
    public static readonly IReadOnlyList<(FixtureSet Set, int Seed)> DrawCases = [(FixtureSet.Public, 5), (FixtureSet.Hidden, 105)];

    /// <summary>Short runs whose updates are counted, on data the batch size divides: 96 digits, 2 epochs of 3 batches.</summary>
    public static readonly IReadOnlyList<InfoGanCase> ScheduleCases =
    [
        new(FixtureSet.Public, "schedule", DataSeed: 21, DataCount: 96,
            new InfoGanSettings(Seed: 3, Epochs: 2, BatchSize: 32, LearningRate: 1e-3, Lambda: 5, NoiseSize: 16), 0, 0),
        new(FixtureSet.Hidden, "schedule", DataSeed: 22, DataCount: 96,
            new InfoGanSettings(Seed: 4, Epochs: 2, BatchSize: 32, LearningRate: 1e-3, Lambda: 5, NoiseSize: 16), 0, 0),
    ];

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        PieceCases.Select(c => (c.Set, Pieces(c.Name, c.Seed, c.Batch, c.Noise, c.Lambda)))
            .Concat(DrawCases.Select(c => (c.Set, Draws(c.Seed))))
            .Concat(ScheduleCases.Select(c => (c.Set, Schedule(c))))
            .Concat(StepCases.Select(c => (c.Set, Exact(c.Name, c.Seed, StepInputs(c.Seed, c.Batch, c.Noise, c.Generator, c.Trunk, c.Lambda)))))
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

    /// <summary>A step's weights and draws: multiples of powers of two, exact in float, so that a float submission sees
    /// the very numbers a double one does; the real images are procedural digits rounded to 1/256, plus noise.</summary>
    public static IReadOnlyDictionary<string, NumericArray> StepInputs(int seed, int batch, int noise, int generator, int trunk, double lambda)
    {
        var random = new SeededRandom(seed);
        var digits = ProceduralDigits.Generate(seed, batch);
        var inputs = new Dictionary<string, NumericArray>();
        foreach (var (name, outputs, fanIn, scale) in new[]
                 {
                     ("generator_hidden", generator, 12 + noise, 0.5), ("generator_output", LowPixels, generator, 0.5),
                     ("category_template", LowPixels, 10, 0.5), ("trunk", trunk, 784, 1.0 / 16),
                     ("head", 13, trunk + 1, 0.5),
                 })
        {
            inputs[$"{name}_weights"] = Grid(random, [outputs, fanIn], scale);
            inputs[$"{name}_bias"] = Grid(random, [outputs], 0.125);
        }
        // Category logits near 100: exp overflows float there unless the largest logit is taken off first.
        var headBias = inputs["head_bias"].Data;
        for (var k = 1; k <= 10; k++)
        {
            headBias[k] += 100;
        }
        var real = Grid(random, [batch, 784], 0.25);
        for (var i = 0; i < real.Data.Length; i++)
        {
            real.Data[i] += Math.Round(digits.Images[i / 784][i % 784] * 256.0) / 256;
        }
        inputs["real"] = real;
        inputs["categories"] = NumericArray.FromVector(Enumerable.Range(0, batch).Select(_ => (double)random.NextInt(10)).ToArray());
        inputs["continuous_codes"] = Grid(random, [batch, 2], 1);
        inputs["noise"] = Grid(random, [batch, noise], 2);
        inputs["fake_instance_noise"] = Grid(random, [batch, 784], 0.25);
        inputs["lambda"] = NumericArray.Scalar(lambda);
        inputs["learning_rate"] = NumericArray.Scalar(AdamLearningRate);
        inputs["adam_steps"] = NumericArray.Scalar(AdamSteps);
        return inputs;
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

    private Fixture Pieces(string name, int seed, int batch, int noise, double lambda) =>
        Exact(name, seed, PieceInputs(seed, batch, noise, lambda));

    /// <summary>A case the answer key's outputs are the expected values of, with the recorded mistakes'.</summary>
    private Fixture Exact(string name, int seed, IReadOnlyDictionary<string, NumericArray> inputs) =>
        _builder.Build(name, seed, inputs, new Reference.Solutions.InfoGan());

    /// <summary>A draw case: judged by statistics, so it has no expected values.</summary>
    private Fixture Draws(int seed) => new()
    {
        Problem = Problem,
        Case = "draws",
        Seed = seed,
        Inputs = new Dictionary<string, NumericArray>
        {
            ["draw_seed"] = NumericArray.Scalar(seed),
            ["data_count"] = NumericArray.Scalar(2000),
            ["batch_size"] = NumericArray.Scalar(1000),
            ["noise_size"] = NumericArray.Scalar(16),
        },
        Expected = new Dictionary<string, NumericArray>(),
        Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
    };

    /// <summary>A short run: the answer key trains, and its count of updates is the expected one.</summary>
    private Fixture Schedule(InfoGanCase c)
    {
        var inputs = TrainingInputs(c).Where(i => i.Key is not ("classifier_epochs" or "measure_seed")).ToDictionary();
        return new Fixture
        {
            Problem = Problem,
            Case = c.Name,
            Seed = c.Settings.Seed,
            Inputs = inputs,
            Expected = ReferenceRun.Outputs(_problem, new Reference.Solutions.InfoGan(), inputs),
            Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
        };
    }

    /// <summary>The measured training case: its measurements are judged by thresholds; its count of updates is the
    /// text's formula (the answer key's run is checked against it by selfcheck's baseline).</summary>
    private Fixture Training(InfoGanCase c) => new()
    {
        Problem = Problem,
        Case = c.Name,
        Seed = c.Settings.Seed,
        Inputs = TrainingInputs(c),
        Expected = new Dictionary<string, NumericArray>
        {
            ["updates"] = NumericArray.Scalar(c.Settings.Epochs * (c.DataCount / c.Settings.BatchSize)),
        },
        Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
    };

    private static NumericArray Grid(SeededRandom random, int[] shape, double scale) => InputArrays.Draw(shape, () => random.Grid(scale));
}
