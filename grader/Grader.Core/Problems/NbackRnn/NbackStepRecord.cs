using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>What the grader needs to judge whether Train's epochs are gradient-descent steps, recorded in the runner:
/// for the first and the last epoch, the weights before and after it and the submission's own Gradients at the weights
/// before it. <see cref="NbackTrainingSteps"/> judges them in the grader's process.</summary>
internal static class NbackStepRecord
{
    /// <summary>The epochs recorded (1 and the last, once when they are the same), a vector under this name.</summary>
    public const string Epochs = "train_steps";

    /// <summary>U, V and w as they are named in messages.</summary>
    public static readonly string[] Weights = ["U", "V", "w"];

    /// <summary>The name under which part <paramref name="part"/> (before, after, gradient) of weight
    /// <paramref name="weight"/> of the <paramref name="index"/>-th recorded epoch is recorded.</summary>
    public static string Name(int index, string part, string weight) => $"{Epochs}[{index}].{part}.{weight}";

    /// <summary>Records the first and the last epoch of <paramref name="snapshots"/> (at least two). An epoch whose
    /// snapshots are incomplete gets no gradients (a missing snapshot already shows as a loss of NaN in the history);
    /// <paramref name="gradientAt"/> calls the submission's Gradients at a snapshot's weights.</summary>
    public static void Record(IReadOnlyList<NbackWeights?> snapshots, Func<NbackWeights, NbackGradients?> gradientAt, CaseOutcomeBuilder outcome)
    {
        var epochs = new[] { 1, snapshots.Count - 1 }.Distinct().ToArray();
        outcome.Record(Epochs, epochs.Select(e => (double)e).ToArray(), "Train");
        for (var index = 0; index < epochs.Length; index++)
        {
            var (before, after) = (snapshots[epochs[index] - 1], snapshots[epochs[index]]);
            if (before?.U is null || before.V is null || before.W is null || after?.U is null || after.V is null || after.W is null)
            {
                continue;
            }
            RecordWeights(outcome, index, "before", before.U, before.V, before.W);
            RecordWeights(outcome, index, "after", after.U, after.V, after.W);
            var gradient = gradientAt(before);
            RecordWeights(outcome, index, "gradient", gradient?.DU, gradient?.DV, gradient?.Dw);
        }
    }

    private static void RecordWeights(CaseOutcomeBuilder outcome, int index, string part, object? u, object? v, object? w)
    {
        foreach (var (weight, value) in Weights.Zip(new[] { u, v, w }))
        {
            outcome.Record(Name(index, part, weight), value, "Train");
        }
    }

    /// <summary>The recorded parts of one epoch, as flat arrays in the order <see cref="Weights"/> lists (matrices
    /// column-major); null when one is missing.</summary>
    public static double[][]? Read(IReadOnlyDictionary<string, NumericArray> outputs, int index, string part)
    {
        var blocks = new double[Weights.Length][];
        for (var b = 0; b < Weights.Length; b++)
        {
            if (!outputs.TryGetValue(Name(index, part, Weights[b]), out var value))
            {
                return null;
            }
            blocks[b] = value.Rank == 2 ? value.ToMatrix().ToColumnMajorArray() : value.Data;
        }
        return blocks;
    }
}
