using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.MlpSelection;
using Grader.Toolkit;
using Reference.Generator.Fixtures;

namespace Reference.Generator.MlpSelection;

/// <summary>The <c>mlp-selection</c> fixtures and data files: the public case is the data students get as CSV
/// (fixtures/data/trnX-3d.csv, …); the hidden case is another draw of the same distribution with another seed.</summary>
public sealed class MlpSelectionFixtures : IFixtureGenerator, IKnownMistakes
{
    /// <summary>The share of the reference search's gain over the default that a student's best must reach.</summary>
    public const double TargetShareOfGain = 0.5;

    private static readonly (FixtureSet Set, string Name, long TrainSeed, long DevSeed, int RandomState)[] Cases =
    [
        (FixtureSet.Public, "ball-3d", 1, 2, 0),
        (FixtureSet.Hidden, "ball-3d-redraw", 3, 4, 1),
    ];

    /// <summary>The flaws a fixed expected value shows (the default's accuracies); the others are recognised by the judgements.</summary>
    public static readonly IReadOnlyDictionary<SelectionFlaw, string> RecordedMistakes = new Dictionary<SelectionFlaw, string>
    {
        [SelectionFlaw.TrainReportedAsDev] = MlpSelectionMistakes.TrainReportedAsDev,
        [SelectionFlaw.DevReportedAsTrain] = MlpSelectionMistakes.DevReportedAsTrain,
    };

    /// <summary>Every named flaw, recorded in the fixtures or recognised by the judgements.</summary>
    public static readonly IReadOnlyDictionary<SelectionFlaw, string> MistakeNames = new Dictionary<SelectionFlaw, string>
    {
        [SelectionFlaw.TrainReportedAsDev] = MlpSelectionMistakes.TrainReportedAsDev,
        [SelectionFlaw.DevReportedAsTrain] = MlpSelectionMistakes.DevReportedAsTrain,
        [SelectionFlaw.BestNotFromGrid] = MlpSelectionMistakes.BestNotFromGrid,
        [SelectionFlaw.BestNotHighest] = MlpSelectionMistakes.BestNotHighest,
        [SelectionFlaw.ImprovementSignFlipped] = MlpSelectionMistakes.ImprovementSignFlipped,
        [SelectionFlaw.ImprovementInPercent] = MlpSelectionMistakes.ImprovementInPercent,
        [SelectionFlaw.OneValue] = MlpSelectionMistakes.OneValue,
    };

    private readonly MlpSelectionModule _problem = new();
    private readonly FixtureBuilder<SelectionFlaw> _builder;

    public MlpSelectionFixtures() => _builder = new(_problem, MistakeNames, flaw => new FlawedMlpSelection(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => MlpSelectionModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Cases.Select(c => (c.Set, Build(c.Name, c.TrainSeed, c.DevSeed, c.RandomState)));

    public IEnumerable<(string Path, string Content)> DataFiles()
    {
        var (trainX, trainY) = BallData.Draw(BallData.TrainRows, Cases[0].TrainSeed);
        var (devX, devY) = BallData.Draw(BallData.DevRows, Cases[0].DevSeed);
        yield return ("trnX-3d.csv", CsvData.FormatMatrix(trainX));
        yield return ("trnY-3d.csv", CsvData.FormatLabels(trainY));
        yield return ("devX-3d.csv", CsvData.FormatMatrix(devX));
        yield return ("devY-3d.csv", CsvData.FormatLabels(devY));
    }

    /// <summary>The calibrated target: the default's dev accuracy plus <see cref="TargetShareOfGain"/> of the reference's gain.</summary>
    public static double Target(double defaultDev, double referenceBestDev) => defaultDev + TargetShareOfGain * (referenceBestDev - defaultDev);

    private Fixture Build(string name, long trainSeed, long devSeed, int randomState)
    {
        var (trainX, trainY) = BallData.Draw(BallData.TrainRows, trainSeed);
        var (devX, devY) = BallData.Draw(BallData.DevRows, devSeed);
        var inputs = new Dictionary<string, NumericArray>
        {
            ["trainX"] = NumericArray.FromMatrix(trainX),
            ["trainY"] = NumericArray.FromVector(trainY.Select(v => (double)v).ToArray()),
            ["devX"] = NumericArray.FromMatrix(devX),
            ["devY"] = NumericArray.FromVector(devY.Select(v => (double)v).ToArray()),
            ["random_state"] = NumericArray.Scalar(randomState),
        };
        var expected = new Dictionary<string, NumericArray>(ReferenceRun.Outputs(_problem, new Reference.Solutions.MlpSelection(), inputs));
        var bestDev = expected["best"].Data[SelectionReport.DevAccuracyColumn];
        expected[MlpSelectionModule.TargetKey] = NumericArray.Scalar(Target(expected["default_dev_accuracy"].ToScalar(), bestDev));
        return _builder.WithExpected(name, trainSeed, inputs, expected, record: RecordedMistakes.ContainsKey);
    }
}
