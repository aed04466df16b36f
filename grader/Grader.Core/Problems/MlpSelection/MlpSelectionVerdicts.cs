using System.Globalization;
using Grader.Core.Numerics;
using Grader.Toolkit;

namespace Grader.Core.Problems.MlpSelection;

/// <summary>The judgements of <c>mlp-selection</c> that a fixed expected value cannot make. Each runs in the grader's
/// own process on the student's reported outputs and the case's inputs; the re-runs use the toolkit with the case's
/// seed, as a TA re-running the notebook would.</summary>
internal static class MlpSelectionVerdicts
{
    /// <summary>At most this many hidden layers per point, so that re-running a reported setting stays fast.</summary>
    public const int MaxHiddenLayers = 3;

    /// <summary>At most this many units per hidden layer, for the same reason.</summary>
    public const int MaxUnits = 200;

    /// <summary>Two accuracies agree when they differ by less than this: both are counts over the same count, so a
    /// re-run gives the very same double; the slack only absorbs a difference computed in another order.</summary>
    public const double Agreement = 1e-12;

    /// <summary>The five hyper-parameters the grid must vary, and their report-row columns.</summary>
    private static readonly (string Name, Func<double[], string> Value)[] Axes =
    [
        ("hidden_layer_sizes", row => string.Join(",", row.Skip(SelectionReport.FirstLayerColumn).Where(v => v != 0))),
        ("activation", row => Format(row[SelectionReport.ActivationColumn])),
        ("solver", row => Format(row[SelectionReport.SolverColumn])),
        ("learning_rate_init", row => Format(row[SelectionReport.LearningRateColumn])),
        ("batch_size", row => Format(row[SelectionReport.BatchSizeColumn])),
    ];

    /// <summary>The grid is a full product of at least two values of each of the five hyper-parameters, every row a
    /// valid setting (solver sgd or adam, at most <see cref="MaxHiddenLayers"/> layers of at most <see cref="MaxUnits"/>
    /// units) with a dev accuracy in [0, 1], no row twice.</summary>
    public static Verdict GridRespectsConstraints(NumericArray grid)
    {
        if (grid.Rank != 2 || grid.Shape[1] <= SelectionReport.FirstLayerColumn)
        {
            return Verdict.Fail($"grid must be a matrix with at least {SelectionReport.FirstLayerColumn + 1} columns, got a {grid.ShapeText}.");
        }
        var rows = Rows(grid);
        for (var r = 0; r < rows.Length; r++)
        {
            if (Decode(rows[r]) is { } error)
            {
                return Verdict.Fail($"grid row {r}: {error}");
            }
        }
        var counts = new List<string>();
        var product = 1;
        foreach (var (name, value) in Axes)
        {
            var distinct = rows.Select(value).Distinct().Count();
            if (distinct < 2)
            {
                return Verdict.Fail($"grid tries only one value of {name}; search at least two.", MlpSelectionMistakes.OneValue);
            }
            counts.Add($"{distinct} {name}");
            product *= distinct;
        }
        var settings = rows.Select(row => string.Join("|", Axes.Select(a => a.Value(row)))).ToArray();
        if (settings.Distinct().Count() != settings.Length)
        {
            return Verdict.Fail("grid lists a setting more than once.");
        }
        return settings.Length == product
            ? Verdict.Pass($"grid: {settings.Length} points ({string.Join(" × ", counts)}).")
            : Verdict.Fail($"grid has {settings.Length} points, but {string.Join(" × ", counts)} make {product}: a grid tries every combination.");
    }

    /// <summary>The best row is a row of the grid, with the grid's highest dev accuracy.</summary>
    public static Verdict BestIsBestOfGrid(NumericArray grid, NumericArray best)
    {
        if (grid.Rank != 2 || grid.Shape[0] == 0 || grid.Shape[1] <= SelectionReport.FirstLayerColumn)
        {
            return Verdict.Fail($"grid must be a matrix of at least one row and {SelectionReport.FirstLayerColumn + 1} columns, got a {grid.ShapeText}.");
        }
        if (best.Rank != 1 || best.Shape[0] != grid.Shape[1])
        {
            return Verdict.Fail($"best must be a vector as long as a grid row ({grid.Shape[1]}), got a {best.ShapeText}.");
        }
        var rows = Rows(grid);
        var highest = rows.Max(r => r[SelectionReport.DevAccuracyColumn]);
        if (!rows.Any(r => r.SequenceEqual(best.Data)))
        {
            return Verdict.Fail("best is not one of the rows of grid.", MlpSelectionMistakes.BestNotFromGrid);
        }
        return best.Data[SelectionReport.DevAccuracyColumn] == highest
            ? Verdict.Pass($"best has the grid's highest dev accuracy, {Format(highest)}.")
            : Verdict.Fail($"best has dev accuracy {Format(best.Data[SelectionReport.DevAccuracyColumn])}, but a grid row has {Format(highest)}.",
                MlpSelectionMistakes.BestNotHighest);
    }

    /// <summary>improvement = best dev accuracy − default dev accuracy.</summary>
    public static Verdict ImprovementIsTheDifference(double improvement, NumericArray best, double defaultDev)
    {
        if (best.Data.Length <= SelectionReport.DevAccuracyColumn)
        {
            return Verdict.Fail($"best has {best.Data.Length} numbers, so its dev accuracy (column {SelectionReport.DevAccuracyColumn}) is missing.");
        }
        var expected = best.Data[SelectionReport.DevAccuracyColumn] - defaultDev;
        if (Math.Abs(improvement - expected) <= Agreement)
        {
            return Verdict.Pass($"improvement {Format(improvement)}.");
        }
        var message = $"improvement is {Format(improvement)}, but best − default dev accuracy is {Format(expected)}.";
        return Math.Abs(expected) > Agreement && Math.Abs(improvement + expected) <= Agreement ? Verdict.Fail(message, MlpSelectionMistakes.ImprovementSignFlipped)
            : Math.Abs(improvement - 100 * expected) <= 100 * Agreement ? Verdict.Fail(message, MlpSelectionMistakes.ImprovementInPercent)
            : Verdict.Fail(message);
    }

    /// <summary>The reported best setting, re-trained with the case's seed, gives the reported dev accuracy.</summary>
    public static Verdict BestReproduced(IReadOnlyDictionary<string, NumericArray> inputs, NumericArray best, ReTrainedSettings runs)
    {
        if (ReTrain(inputs, best, runs) is not ({ } parameters, var train, var dev))
        {
            return Verdict.Fail(ReTrainRefusal(best));
        }
        var reported = best.Data[SelectionReport.DevAccuracyColumn];
        if (Math.Abs(dev - reported) <= Agreement)
        {
            return Verdict.Pass($"re-training the best setting gives dev accuracy {Format(dev)}, as reported.");
        }
        var message = $"re-training the best setting ({parameters.Describe()}) with random_state={SelectionData.Of(inputs).RandomState} " +
            $"gives dev accuracy {Format(dev)}; you reported {Format(reported)}.";
        return Math.Abs(train - reported) <= Agreement
            ? Verdict.Fail(message + $" {Format(reported)} is its training accuracy.", MlpSelectionMistakes.TrainReportedAsDev)
            : Verdict.Fail(message);
    }

    /// <summary>The reported best setting, re-trained, reaches the target: the number that counts is the re-run's, so a
    /// best reported higher than it trains does not reach the target by being reported.</summary>
    public static Verdict BestReachesTarget(IReadOnlyDictionary<string, NumericArray> inputs, NumericArray best, double target, ReTrainedSettings runs)
    {
        if (ReTrain(inputs, best, runs) is not (_, _, var dev))
        {
            return Verdict.Fail(ReTrainRefusal(best));
        }
        return dev >= target
            ? Verdict.Pass($"the best setting re-trained reaches dev accuracy {Format(dev)} ≥ {Format(target)}.")
            : Verdict.Fail($"the best setting re-trained reaches dev accuracy {Format(dev)}, below the target {Format(target)}: " +
                "widen the grid (larger learning rates, smaller batches, more units).");
    }

    /// <summary>The setting of a report row trained on the case's training set with its seed, and its two accuracies;
    /// null when the row is not a valid setting within the limits.</summary>
    private static (MlpParameters Parameters, double Train, double Dev)? ReTrain(
        IReadOnlyDictionary<string, NumericArray> inputs, NumericArray row, ReTrainedSettings runs) =>
        row.Rank != 1 || Decode(row.Data) is not null ? null : runs.Train(inputs, row.Data);

    private static string ReTrainRefusal(NumericArray row) =>
        row.Rank != 1 ? $"best must be a vector (one report row), got a {row.ShapeText}." : $"best is not a setting the grader can re-train: {Decode(row.Data)}";

    private static string? Decode(double[] row)
    {
        MlpParameters parameters;
        try
        {
            parameters = SelectionReport.Parameters(row, new MlpParameters());
        }
        catch (FormatException e)
        {
            return e.Message;
        }
        if (parameters.HiddenLayerSizes.Count > MaxHiddenLayers || parameters.HiddenLayerSizes.Any(units => units > MaxUnits))
        {
            return $"hidden_layer_sizes ({string.Join(", ", parameters.HiddenLayerSizes)}) is beyond the limits of at most {MaxHiddenLayers} layers " +
                $"of at most {MaxUnits} units.";
        }
        var dev = row[SelectionReport.DevAccuracyColumn];
        return dev is >= 0 and <= 1 ? null : $"dev accuracy {Format(dev)} is not in [0, 1].";
    }

    private static double[][] Rows(NumericArray grid) =>
        Enumerable.Range(0, grid.Shape[0]).Select(r => grid.Data.AsSpan(r * grid.Shape[1], grid.Shape[1]).ToArray()).ToArray();

    private static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
