namespace Grader.Toolkit;

/// <summary>scikit-learn's <c>binary_log_loss</c> and <c>log_loss</c>, with probabilities clipped to [ε, 1 − ε].</summary>
internal static class MlpLoss
{
    /// <summary>The machine epsilon of double, numpy's <c>finfo(float64).eps</c>.</summary>
    public const double Eps = 2.220446049250313e-16;

    /// <summary>Mean log-loss over <paramref name="rows"/> samples.</summary>
    /// <param name="targets">0/1 per sample for a logistic output; one-hot rows for softmax.</param>
    public static double LogLoss(double[] targets, double[] probabilities, int rows, bool softmax)
    {
        var sum = 0.0;
        for (var i = 0; i < targets.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], Eps, 1.0 - Eps);
            if (targets[i] != 0.0)
            {
                sum -= targets[i] * Math.Log(p);
            }
            if (!softmax && targets[i] != 1.0)
            {
                sum -= (1.0 - targets[i]) * Math.Log(1.0 - p);
            }
        }
        return sum / rows;
    }
}
