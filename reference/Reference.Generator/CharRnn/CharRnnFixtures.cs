using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.CharRnn;
using Reference.Generator.Fixtures;

namespace Reference.Generator.CharRnn;

/// <summary>The <c>char-rnn</c> fixtures: sequences of length 1, 2, 10 and 25 on several sizes, each with a short
/// SGD run, and one training case per set long enough to learn (its accuracy is the training check). The hidden set
/// also has logits near 800 (a softmax must subtract its maximum) and a text that starts with non-letters.</summary>
public sealed class CharRnnFixtures : IFixtureGenerator, IKnownMistakes
{
    public static readonly IReadOnlyList<CharRnnCase> Cases =
    [
        new(FixtureSet.Public, "length-1", 31, Hidden: 4, SeqLength: 1, Stride: 1, TrainChars: 60, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Public, "length-2", 32, Hidden: 5, SeqLength: 2, Stride: 3, TrainChars: 80, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Public, "length-10", 33, Hidden: 8, SeqLength: 10, Stride: 4, TrainChars: 120, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Public, "train", 34, Hidden: 16, SeqLength: 10, Stride: 2, TrainChars: 1000, Epochs: 3, LearningRate: 0.02),
        new(FixtureSet.Hidden, "length-1", 131, Hidden: 6, SeqLength: 1, Stride: 2, TrainChars: 60, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Hidden, "length-2", 132, Hidden: 3, SeqLength: 2, Stride: 1, TrainChars: 60, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Hidden, "length-10", 133, Hidden: 12, SeqLength: 10, Stride: 5, TrainChars: 150, Epochs: 1, LearningRate: 0.05),
        new(FixtureSet.Hidden, "length-25", 134, Hidden: 10, SeqLength: 25, Stride: 7, TrainChars: 200, Epochs: 1, LearningRate: 0.01),
        new(FixtureSet.Hidden, "logits-800", 136, Hidden: 5, SeqLength: 2, Stride: 3, TrainChars: 60, Epochs: 1, LearningRate: 0.05,
            OutputBiasOffset: 800, TextPrefix: "  -- 42, "),
        new(FixtureSet.Hidden, "train", 135, Hidden: 16, SeqLength: 10, Stride: 2, TrainChars: 1000, Epochs: 3, LearningRate: 0.02),
    ];

    /// <summary>Each flaw under the name the grader reports.</summary>
    public static readonly IReadOnlyDictionary<CharRnnFlaw, string> MistakeNames = new Dictionary<CharRnnFlaw, string>
    {
        [CharRnnFlaw.ReluDerivativeMissing] = CharRnnMistakes.ReluDerivativeMissing,
        [CharRnnFlaw.RecurrentTermDropped] = CharRnnMistakes.RecurrentTermDropped,
        [CharRnnFlaw.DWWithCurrentState] = CharRnnMistakes.DWWithCurrentState,
        [CharRnnFlaw.OneHotNotSubtracted] = CharRnnMistakes.OneHotNotSubtracted,
        [CharRnnFlaw.BiasesNotSummed] = CharRnnMistakes.BiasesNotSummed,
        [CharRnnFlaw.DWTransposed] = CharRnnMistakes.DWTransposed,
        [CharRnnFlaw.SpacesNotCollapsed] = CharRnnMistakes.SpacesNotCollapsed,
    };

    private readonly FixtureBuilder<CharRnnFlaw> _builder = new(new CharRnnModule(), MistakeNames, flaw => new FlawedCharRnn(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => CharRnnModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        Cases.Select(c => (c.Set, _builder.Build(c.Name, c.Seed, Inputs(c), new Reference.Solutions.CharRnn())));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(CharRnnCase rnnCase)
    {
        var random = new SeededRandom(rnnCase.Seed);
        var (h, t, k) = (rnnCase.Hidden, rnnCase.SeqLength, CharAlphabet.Size);
        var prepare = new Reference.Solutions.CharRnn();
        var corpus = prepare.Prepare(new PseudoEnglish(rnnCase.Seed * 7919).Text(rnnCase.TrainChars * 5 / 4))[..rnnCase.TrainChars];
        var (windows, targets) = prepare.Windows(corpus, t, rnnCase.Stride);
        var sample = random.NextInt(windows.Length);
        return new Dictionary<string, NumericArray>
        {
            ["text"] = CharAlphabet.CodeUnits(rnnCase.TextPrefix + new PseudoEnglish(rnnCase.Seed).Text(160)),
            ["window_text"] = CharAlphabet.Encode(prepare.Prepare(new PseudoEnglish(rnnCase.Seed + 1).Text(3 * t + 20))),
            ["seq_length"] = NumericArray.Scalar(t),
            ["stride"] = NumericArray.Scalar(rnnCase.Stride),
            ["U"] = Grid(random, [h, k], 0.5),
            ["W"] = Grid(random, [h, h], 0.5),
            ["V"] = Grid(random, [k, h], 0.5),
            ["b"] = Grid(random, [h], 0.125),
            ["c"] = Grid(random, [k], 0.125, rnnCase.OutputBiasOffset),
            ["x"] = NumericArray.FromVector(windows[sample].Select(v => (double)v).ToArray()),
            ["y"] = NumericArray.FromVector(targets[sample].Select(v => (double)v).ToArray()),
            ["train_inputs"] = CharAlphabet.ToMatrix(windows, t)!,
            ["train_targets"] = CharAlphabet.ToMatrix(targets, t)!,
            ["order"] = Orders(random, rnnCase.Epochs, windows.Length),
            ["lr"] = NumericArray.Scalar(rnnCase.LearningRate),
        };
    }

    /// <summary>One Fisher–Yates permutation of the windows per epoch, one row per epoch.</summary>
    private static NumericArray Orders(SeededRandom random, int epochs, int count)
    {
        var rows = new int[epochs][];
        for (var e = 0; e < epochs; e++)
        {
            rows[e] = Enumerable.Range(0, count).ToArray();
            for (var i = count - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (rows[e][i], rows[e][j]) = (rows[e][j], rows[e][i]);
            }
        }
        return CharAlphabet.ToMatrix(rows, count)!;
    }

    private static NumericArray Grid(SeededRandom random, int[] shape, double scale, double offset = 0) =>
        InputArrays.Draw(shape, () => random.Grid(scale) + offset);
}
