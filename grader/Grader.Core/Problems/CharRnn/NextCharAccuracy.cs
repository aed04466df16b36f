using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.CharRnn;

/// <summary>How well output distributions predict the next character: the counts behind the accuracy and the loss.</summary>
/// <param name="Positions">How many positions were scored.</param>
/// <param name="Right">Positions where argmax y_t (the first maximum) is the target.</param>
/// <param name="Loss">Σ −log y_t[target_t] over every position.</param>
public sealed record NextCharAccuracy(int Positions, int Right, double Loss)
{
    public static NextCharAccuracy Zero { get; } = new(0, 0, 0);

    /// <summary>The fraction of positions predicted right; 0 when nothing was scored.</summary>
    public double Accuracy => Positions == 0 ? 0 : (double)Right / Positions;

    /// <summary>The mean loss per character; 0 when nothing was scored.</summary>
    public double LossPerChar => Positions == 0 ? 0 : Loss / Positions;

    /// <summary>Scores one sequence: row t of <paramref name="probabilities"/> is y_t over the 27 characters.</summary>
    /// <exception cref="ArgumentException">The matrix is not T×27 for T targets.</exception>
    public static NextCharAccuracy Of(Matrix<double> probabilities, IReadOnlyList<int> targets)
    {
        if (probabilities.RowCount != targets.Count || probabilities.ColumnCount != CharAlphabet.Size)
        {
            throw new ArgumentException(
                $"Forward must return a {targets.Count}×{CharAlphabet.Size} matrix for {targets.Count} inputs, not {probabilities.RowCount}×{probabilities.ColumnCount}.");
        }
        var right = 0;
        var loss = 0.0;
        for (var t = 0; t < targets.Count; t++)
        {
            var best = 0;
            for (var k = 1; k < probabilities.ColumnCount; k++)
            {
                if (probabilities[t, k] > probabilities[t, best])
                {
                    best = k;
                }
            }
            right += best == targets[t] ? 1 : 0;
            loss -= Math.Log(probabilities[t, targets[t]]);
        }
        return new NextCharAccuracy(targets.Count, right, loss);
    }

    public NextCharAccuracy Add(NextCharAccuracy other) => new(Positions + other.Positions, Right + other.Right, Loss + other.Loss);
}
