using MathNet.Numerics.LinearAlgebra;

namespace Grader.Toolkit;

/// <summary>A grid search on a fixed split: each combination is trained on the training set and scored on the
/// development set (scikit-learn's <c>GridSearchCV</c> with a <c>PredefinedSplit</c>, without the refit).</summary>
public static class GridSearch
{
    /// <summary>Trains and scores every point of <paramref name="grid"/>, each starting from <paramref name="baseline"/>.</summary>
    public static GridSearchResult Run(
        MlpParameters baseline,
        ParameterGrid grid,
        Matrix<double> trainX,
        IReadOnlyList<int> trainY,
        Matrix<double> devX,
        IReadOnlyList<int> devY)
    {
        var points = new List<GridPoint>(grid.Count);
        foreach (var settings in grid)
        {
            var parameters = settings.Aggregate(baseline, (p, setting) => p.With(setting.Key, setting.Value));
            var model = new MlpClassifier(parameters).Fit(trainX, trainY);
            points.Add(new GridPoint(settings, parameters, model.Score(trainX, trainY), model.Score(devX, devY)));
        }
        return new GridSearchResult(points);
    }
}
