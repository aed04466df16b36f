using Grader.Toolkit;

namespace Grader.Tests.Toolkit;

/// <summary>The grid's order is scikit-learn's, the search scores every point, and the best is the first highest.</summary>
public sealed class GridSearchTests
{
    [Test]
    public void Points_come_in_sorted_name_order_with_the_last_name_varying_fastest()
    {
        var grid = new ParameterGrid(new Dictionary<string, object[]> { ["solver"] = ["sgd", "adam"], ["alpha"] = [1.0, 2.0, 3.0] });
        Assert.That(grid.Names, Is.EqualTo(new[] { "alpha", "solver" }));
        Assert.That(grid.Count, Is.EqualTo(6));
        Assert.That(grid.Select(p => $"{p["alpha"]}/{p["solver"]}"), Is.EqualTo(new[] { "1/sgd", "1/adam", "2/sgd", "2/adam", "3/sgd", "3/adam" }));
    }

    [Test]
    public void An_axis_without_values_is_refused() =>
        Assert.That(() => new ParameterGrid(new Dictionary<string, object[]> { ["solver"] = [] }), Throws.ArgumentException);

    [Test]
    public void The_best_point_is_the_first_with_the_highest_dev_accuracy()
    {
        GridPoint Point(double dev) => new(new Dictionary<string, object>(), new MlpParameters(), 1, dev);
        var result = new GridSearchResult([Point(0.5), Point(0.8), Point(0.7), Point(0.8)]);
        Assert.That(result.BestIndex, Is.EqualTo(1));
    }

    [Test]
    public void The_search_trains_each_point_as_a_classifier_with_those_settings_would()
    {
        var (x, y) = MlpClassifierTests.Separable(60, 9);
        var (dx, dy) = MlpClassifierTests.Separable(30, 10);
        var baseline = new MlpParameters { HiddenLayerSizes = [4], MaxIter = 15 };
        var grid = new ParameterGrid(new Dictionary<string, object[]> { ["learning_rate_init"] = [0.001, 0.05], ["solver"] = ["sgd", "adam"] });
        var result = GridSearch.Run(baseline, grid, x, y, dx, dy);
        Assert.That(result.Points, Has.Count.EqualTo(4));
        var third = new MlpClassifier(baseline with { LearningRateInit = 0.05, Solver = Solver.Sgd }).Fit(x, y);
        Assert.That((result.Points[2].TrainAccuracy, result.Points[2].DevAccuracy), Is.EqualTo((third.Score(x, y), third.Score(dx, dy))));
        Assert.That(result.Best.DevAccuracy, Is.EqualTo(result.Points.Max(p => p.DevAccuracy)));
    }
}
