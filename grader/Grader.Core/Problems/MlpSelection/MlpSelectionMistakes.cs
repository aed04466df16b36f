namespace Grader.Core.Problems.MlpSelection;

/// <summary>The known wrong reports of <c>mlp-selection</c>, by name, with what each means for a student. The judgements
/// of <see cref="MlpSelectionVerdicts"/> recognise them; the fixtures record those a fixed value shows (the default's).</summary>
public static class MlpSelectionMistakes
{
    public const string TrainReportedAsDev = "training accuracy reported as dev accuracy";
    public const string DevReportedAsTrain = "dev accuracy reported as training accuracy";
    public const string BestNotFromGrid = "best is not a point of the grid";
    public const string BestNotHighest = "best is not the grid's highest dev accuracy";
    public const string ImprovementSignFlipped = "improvement is default − best";
    public const string ImprovementInPercent = "improvement in percentage points";
    public const string OneValue = "a hyper-parameter searched at one value";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [TrainReportedAsDev] = "Score on the development set: model.Score(devX, devY), and rank the grid by that.",
        [DevReportedAsTrain] = "The training accuracy is model.Score(trainX, trainY), on the data the model was fitted to.",
        [BestNotFromGrid] = "Report the best point as the very row of your grid (SelectionReport.BestRow(search)), with the settings it was trained with.",
        [BestNotHighest] = "The best point is the one with the highest dev accuracy (the first among equals), not the last or the lowest.",
        [ImprovementSignFlipped] = "improvement = best dev accuracy − default dev accuracy: positive when tuning helped.",
        [ImprovementInPercent] = "Accuracies are fractions in [0, 1]; so is their difference: 0.1, not 10.",
        [OneValue] = "A grid tries at least two values of each of the five hyper-parameters, including solver sgd and adam.",
    };
}
