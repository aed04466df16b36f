using MathNet.Numerics.LinearAlgebra;

namespace Grader.Toolkit;

/// <summary>Report rows, the numbers the <c>mlp-selection</c> homework hands in for a hyper-parameter setting:
/// activation code, solver code, learning_rate_init, batch_size, dev accuracy, then the hidden layer sizes padded with zeros.</summary>
public static class SelectionReport
{
    /// <summary>Column of the activation code (<see cref="Toolkit.Activation"/>'s number).</summary>
    public const int ActivationColumn = 0;

    /// <summary>Column of the solver code (<see cref="Toolkit.Solver"/>'s number).</summary>
    public const int SolverColumn = 1;

    /// <summary>Column of learning_rate_init.</summary>
    public const int LearningRateColumn = 2;

    /// <summary>Column of batch_size.</summary>
    public const int BatchSizeColumn = 3;

    /// <summary>Column of the dev accuracy.</summary>
    public const int DevAccuracyColumn = 4;

    /// <summary>Column of the first hidden layer's size.</summary>
    public const int FirstLayerColumn = 5;

    /// <summary>One report row; <paramref name="layerColumns"/> is the padded number of hidden layer columns.</summary>
    /// <exception cref="ArgumentException">The batch size is 'auto' or there are more layers than columns.</exception>
    public static double[] Row(MlpParameters parameters, double devAccuracy, int layerColumns)
    {
        if (parameters.BatchSize is not { } batch)
        {
            throw new ArgumentException("A report row needs a numeric batch_size, not 'auto'.", nameof(parameters));
        }
        if (parameters.HiddenLayerSizes.Count > layerColumns)
        {
            throw new ArgumentException($"{parameters.HiddenLayerSizes.Count} hidden layers do not fit in {layerColumns} columns.", nameof(layerColumns));
        }
        var row = new double[FirstLayerColumn + layerColumns];
        row[ActivationColumn] = (int)parameters.Activation;
        row[SolverColumn] = (int)parameters.Solver;
        row[LearningRateColumn] = parameters.LearningRateInit;
        row[BatchSizeColumn] = batch;
        row[DevAccuracyColumn] = devAccuracy;
        for (var i = 0; i < parameters.HiddenLayerSizes.Count; i++)
        {
            row[FirstLayerColumn + i] = parameters.HiddenLayerSizes[i];
        }
        return row;
    }

    /// <summary>Every point of a search as a table, padded to its deepest network.</summary>
    public static Matrix<double> Table(GridSearchResult result)
    {
        var layers = Math.Max(1, result.Points.Max(p => p.Parameters.HiddenLayerSizes.Count));
        return Matrix<double>.Build.DenseOfRowArrays(result.Points.Select(p => Row(p.Parameters, p.DevAccuracy, layers)));
    }

    /// <summary>The best point of a search as a row of <see cref="Table"/>.</summary>
    public static Vector<double> BestRow(GridSearchResult result) => Table(result).Row(result.BestIndex);

    /// <summary>The hyper-parameters a report row names, on top of <paramref name="baseline"/>.</summary>
    /// <exception cref="FormatException">A code, size or rate that no setting has.</exception>
    public static MlpParameters Parameters(IReadOnlyList<double> row, MlpParameters baseline)
    {
        if (row.Count <= FirstLayerColumn)
        {
            throw new FormatException($"A report row has at least {FirstLayerColumn + 1} numbers; this one has {row.Count}.");
        }
        var layers = row.Skip(FirstLayerColumn).ToArray();
        var depth = Array.FindLastIndex(layers, v => v != 0) + 1;
        if (depth == 0 || layers.Take(depth).Any(v => !IsWhole(v) || v < 1) || layers.Skip(depth).Any(v => v != 0))
        {
            throw new FormatException("hidden_layer_sizes must be whole numbers ≥ 1, followed only by zeros.");
        }
        return baseline with
        {
            Activation = Code<Activation>(row[ActivationColumn], "activation"),
            Solver = Code<Solver>(row[SolverColumn], "solver"),
            LearningRateInit = row[LearningRateColumn] is > 0 and < double.PositiveInfinity
                ? row[LearningRateColumn]
                : throw new FormatException($"learning_rate_init must be positive, got {row[LearningRateColumn]}."),
            BatchSize = IsWhole(row[BatchSizeColumn]) && row[BatchSizeColumn] >= 1
                ? (int)row[BatchSizeColumn]
                : throw new FormatException($"batch_size must be a whole number ≥ 1, got {row[BatchSizeColumn]}."),
            HiddenLayerSizes = layers.Take(depth).Select(v => (int)v).ToArray(),
        };
    }

    private static T Code<T>(double value, string name) where T : struct, Enum =>
        IsWhole(value) && Enum.IsDefined(typeof(T), (int)value)
            ? (T)(object)(int)value
            : throw new FormatException($"{value} is not a code of {name} ({string.Join(", ", Enum.GetValues<T>().Select(v => $"{Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} {v}"))}).");

    private static bool IsWhole(double value) => double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < int.MaxValue;
}
