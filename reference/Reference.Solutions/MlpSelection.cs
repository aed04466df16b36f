using Grader.Contracts;
using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>mlp-selection</c>: the default classifier, then the problem text's suggested grid
/// (two values of each of the five hyper-parameters, 32 points).</summary>
/// <remarks>Not sealed: a variant that reports wrongly overrides <see cref="Run"/> or <see cref="Search"/>.</remarks>
public class MlpSelection : IMlpSelection
{
    /// <summary>The grid the problem text suggests.</summary>
    public static IReadOnlyDictionary<string, object[]> SuggestedGrid { get; } = new Dictionary<string, object[]>
    {
        ["hidden_layer_sizes"] = [new[] { 8 }, new[] { 32 }],
        ["activation"] = ["relu", "tanh"],
        ["solver"] = ["sgd", "adam"],
        ["learning_rate_init"] = [0.001, 0.01],
        ["batch_size"] = [32, 200],
    };

    public double DefaultTrainAccuracy { get; protected set; }

    public double DefaultDevAccuracy { get; protected set; }

    public Matrix<double> Grid { get; protected set; } = Matrix<double>.Build.Dense(0, 0);

    public Vector<double> Best { get; protected set; } = Vector<double>.Build.Dense(0);

    public double Improvement { get; protected set; }

    public virtual void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState)
    {
        var (trnY, dY) = (Labels(trainY), Labels(devY));
        var baseline = new MlpParameters { RandomState = randomState };
        var model = new MlpClassifier(baseline).Fit(trainX, trnY);
        DefaultTrainAccuracy = model.Score(trainX, trnY);
        DefaultDevAccuracy = model.Score(devX, dY);

        var search = Search(baseline, SuggestedGrid, (trainX, trnY), (devX, dY));
        Grid = SelectionReport.Table(search);
        Best = SelectionReport.BestRow(search);
        Improvement = search.Best.DevAccuracy - DefaultDevAccuracy;
    }

    /// <summary>Every point of <paramref name="grid"/> trained on <paramref name="train"/> and scored on both sets.</summary>
    protected virtual GridSearchResult Search(MlpParameters baseline, IReadOnlyDictionary<string, object[]> grid,
        (Matrix<double> X, int[] Y) train, (Matrix<double> X, int[] Y) dev) =>
        GridSearch.Run(baseline, new ParameterGrid(grid), train.X, train.Y, dev.X, dev.Y);

    private static int[] Labels(Vector<double> y) => y.Select(v => (int)v).ToArray();
}
