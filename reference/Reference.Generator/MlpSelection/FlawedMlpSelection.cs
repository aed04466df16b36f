using Grader.Contracts;
using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.MlpSelection;

/// <summary>The answer key's model selection with one known mistake in what it reports.</summary>
public sealed class FlawedMlpSelection(SelectionFlaw flaw) : IMlpSelection
{
    public double DefaultTrainAccuracy { get; private set; }

    public double DefaultDevAccuracy { get; private set; }

    public Matrix<double> Grid { get; private set; } = Matrix<double>.Build.Dense(0, 0);

    public Vector<double> Best { get; private set; } = Vector<double>.Build.Dense(0);

    public double Improvement { get; private set; }

    public void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
    {
        var (trnY, dY) = (trainY.Select(v => (int)v).ToArray(), devY.Select(v => (int)v).ToArray());
        var baseline = new MlpParameters { RandomState = randomState };
        var model = new MlpClassifier(baseline).Fit(trainX, trnY);
        var (train, dev) = (model.Score(trainX, trnY), model.Score(devX, dY));
        DefaultTrainAccuracy = flaw == SelectionFlaw.DevReportedAsTrain ? dev : train;
        DefaultDevAccuracy = flaw == SelectionFlaw.TrainReportedAsDev ? train : dev;

        var grid = new Dictionary<string, object[]>(Reference.Solutions.MlpSelection.SuggestedGrid);
        if (flaw == SelectionFlaw.OneValue)
        {
            grid["solver"] = ["adam"];
        }
        var search = GridSearch.Run(baseline, new ParameterGrid(grid), trainX, trnY, devX, dY);
        // The flaw that scores on the training set ranks the grid by it too.
        var scored = search.Points.Select(p => (p.Parameters, Accuracy: flaw == SelectionFlaw.TrainReportedAsDev ? p.TrainAccuracy : p.DevAccuracy)).ToArray();
        var layers = scored.Max(p => p.Parameters.HiddenLayerSizes.Count);
        Grid = Matrix<double>.Build.DenseOfRowArrays(scored.Select(p => SelectionReport.Row(p.Parameters, p.Accuracy, layers)));
        var bestIndex = Array.IndexOf(scored, scored.MaxBy(p => p.Accuracy));
        Best = flaw switch
        {
            SelectionFlaw.BestNotHighest => Grid.Row(Grid.RowCount - 1),
            SelectionFlaw.BestNotFromGrid => Vector<double>.Build.DenseOfArray(
                SelectionReport.Row(scored[bestIndex].Parameters with { HiddenLayerSizes = [64] }, scored[bestIndex].Accuracy, layers)),
            _ => Grid.Row(bestIndex),
        };
        var gain = Best[SelectionReport.DevAccuracyColumn] - DefaultDevAccuracy;
        Improvement = flaw switch
        {
            SelectionFlaw.ImprovementSignFlipped => -gain,
            SelectionFlaw.ImprovementInPercent => 100 * gain,
            _ => gain,
        };
    }
}
