using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.MlpSelection;

/// <summary>The answer key's model selection with one known mistake in what it reports: the grid search is overridden
/// for the mistakes that search or rank otherwise, the report for the others.</summary>
public sealed class FlawedMlpSelection(SelectionFlaw flaw) : Reference.Solutions.MlpSelection
{
    public override void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
    {
        base.Run(trainX, trainY, devX, devY, randomState);
        switch (flaw)
        {
            case SelectionFlaw.TrainReportedAsDev:
                DefaultDevAccuracy = DefaultTrainAccuracy;
                break;
            case SelectionFlaw.DevReportedAsTrain:
                DefaultTrainAccuracy = DefaultDevAccuracy;
                break;
            case SelectionFlaw.BestNotHighest:
                Best = Grid.Row(Grid.RowCount - 1);
                break;
            case SelectionFlaw.BestNotFromGrid:
                var best = SelectionReport.Parameters(Best.ToArray(), new MlpParameters { RandomState = randomState }) with { HiddenLayerSizes = [64] };
                Best = Vector<double>.Build.DenseOfArray(
                    SelectionReport.Row(best, Best[SelectionReport.DevAccuracyColumn], Best.Count - SelectionReport.FirstLayerColumn));
                break;
        }
        var gain = Best[SelectionReport.DevAccuracyColumn] - DefaultDevAccuracy;
        Improvement = flaw switch
        {
            SelectionFlaw.ImprovementSignFlipped => -gain,
            SelectionFlaw.ImprovementInPercent => 100 * gain,
            _ => gain,
        };
    }

    /// <summary>One value of the solver only; or the training accuracy taken for the dev accuracy, which also ranks by it.</summary>
    protected override GridSearchResult Search(MlpParameters baseline, IReadOnlyDictionary<string, object[]> grid,
        (Matrix<double> X, int[] Y) train, (Matrix<double> X, int[] Y) dev) => flaw switch
    {
        SelectionFlaw.OneValue => base.Search(baseline, new Dictionary<string, object[]>(grid) { ["solver"] = ["adam"] }, train, dev),
        SelectionFlaw.TrainReportedAsDev => new GridSearchResult(
            base.Search(baseline, grid, train, dev).Points.Select(p => p with { DevAccuracy = p.TrainAccuracy }).ToArray()),
        _ => base.Search(baseline, grid, train, dev),
    };
}
