using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>Model selection for an MLP classifier (problem <c>mlp-selection</c>): scikit-learn's defaults first,
/// then a grid search on a fixed train/dev split.</summary>
/// <remarks>
/// <para>The grader calls <see cref="Run"/> once, then reads the other members. Numbers cross the grader as doubles,
/// so a hyper-parameter setting is written as one row of numbers (a <em>report row</em>):</para>
/// <code>
/// column 0   activation          0 identity, 1 logistic, 2 tanh, 3 relu
/// column 1   solver              0 sgd, 1 adam
/// column 2   learning_rate_init
/// column 3   batch_size          a whole number of samples
/// column 4   dev accuracy        in [0, 1]
/// column 5…  hidden_layer_sizes  the units of each hidden layer, first to last, then zeros
/// </code>
/// <para>Every row of <see cref="Grid"/> and <see cref="Best"/> has the same length, at least 6: pad the hidden layer
/// sizes with zeros to the deepest network of the grid. Grader.Toolkit's <c>SelectionReport</c> writes these rows.
/// The implementation needs a public parameterless constructor. The full text is <c>problems/mlp-selection.md</c>.</para>
/// </remarks>
public interface IMlpSelection
{
    /// <summary>Trains the default classifier and every point of your grid, each with
    /// <c>random_state = <paramref name="randomState"/></c>, on the training set; scores them on both sets.</summary>
    /// <param name="trainX">Training features, one sample per row (trnX-3d.csv).</param>
    /// <param name="trainY">Training labels, 0 or 1 (trnY-3d.csv).</param>
    /// <param name="devX">Development features (devX-3d.csv).</param>
    /// <param name="devY">Development labels (devY-3d.csv).</param>
    /// <param name="randomState">The seed of every classifier you train.</param>
    void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState);

    /// <summary>The default classifier's accuracy on the training set.</summary>
    double DefaultTrainAccuracy { get; }

    /// <summary>The default classifier's accuracy on the development set.</summary>
    double DefaultDevAccuracy { get; }

    /// <summary>Your grid: one report row per point, in the order searched.</summary>
    Matrix<double> Grid { get; }

    /// <summary>The best point of <see cref="Grid"/> (highest dev accuracy, the first among equals), as a report row.</summary>
    Vector<double> Best { get; }

    /// <summary>The best dev accuracy minus the default's dev accuracy.</summary>
    double Improvement { get; }
}
