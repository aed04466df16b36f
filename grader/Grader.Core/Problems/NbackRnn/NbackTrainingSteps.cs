using Grader.Core.Grading;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>Judges whether Train's epochs are what the problem text asks: one full gradient step on the sequence,
/// W_{k+1} = W_k − η ∂J/∂W(W_k), with one learning rate η &gt; 0 for U, V and w.</summary>
/// <remarks>Reaching the loss target alone would accept a run that climbs the gradient of one weight while the others
/// descend. The gradient is the submission's own <c>Gradients</c> at the snapshot: whether those are right is what the
/// dU, dV and dw checks judge; here only the update rule is. The first and the last epoch are judged, from what
/// <see cref="NbackStepRecord"/> recorded in the runner: a rule that is wrong at every step shows on the first, one that
/// changes late shows on the last.</remarks>
[GraderSide]
internal static class NbackTrainingSteps
{
    private const double RelativeTolerance = 1e-3;

    /// <summary>What is wrong with the first recorded epoch that is not a gradient-descent step, naming the weight; null
    /// when every recorded epoch is one, or when there is nothing to judge (no gradients, or weights and gradients that
    /// do not fit: the history and the gradient checks say so).</summary>
    public static string? Problem(IReadOnlyDictionary<string, NumericArray> outputs)
    {
        if (!outputs.TryGetValue(NbackStepRecord.Epochs, out var epochs))
        {
            return null; // Train's steps were not recorded: without working Gradients there is nothing to compare with.
        }
        for (var index = 0; index < epochs.Data.Length; index++)
        {
            var start = NbackStepRecord.Read(outputs, index, "before");
            var end = NbackStepRecord.Read(outputs, index, "after");
            var gradient = NbackStepRecord.Read(outputs, index, "gradient");
            if (start is null || end is null || gradient is null)
            {
                continue; // A missing snapshot shows as a loss of NaN in the history; missing gradients in the gradient checks.
            }
            if (EpochProblem(start, end, gradient, (int)epochs.Data[index]) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static string? EpochProblem(double[][] start, double[][] end, double[][] gradient, int epoch)
    {
        var names = NbackStepRecord.Weights;
        if (start.Zip(end).Zip(gradient).Any(p => p.First.First.Length != p.First.Second.Length || p.First.First.Length != p.Second.Length) ||
            gradient.Any(g => !g.All(double.IsFinite)))
        {
            return null; // Weights that change shape or gradients that do not fit show in the history and the gradient checks.
        }
        var rates = new List<(string Name, double Rate)>();
        for (var b = 0; b < names.Length; b++)
        {
            var (g, d) = (gradient[b], end[b].Zip(start[b], (a, c) => a - c).ToArray());
            var gg = Dot(g, g);
            if (gg < 1e-24)
            {
                continue; // No gradient to follow: any rule leaves this weight where it is.
            }
            var rate = -Dot(d, g) / gg;
            if (!(rate > 0))
            {
                return $"epoch {epoch}: the step of {names[b]} does not go down the gradient of J; an epoch must be one gradient-descent step, {names[b]} − η ∂J/∂{names[b]}";
            }
            var residual = Math.Sqrt(d.Select((v, i) => (v + rate * g[i]) * (v + rate * g[i])).Sum());
            if (residual > RelativeTolerance * Math.Sqrt(Dot(d, d)))
            {
                return $"epoch {epoch}: the step of {names[b]} is not along −∂J/∂{names[b]}; an epoch must be one gradient-descent step on the whole sequence";
            }
            rates.Add((names[b], rate));
        }
        if (rates.Count == 0)
        {
            return null;
        }
        // With three weights the median is the rate most of them share, so the odd one out is the one named.
        var median = rates.Select(r => r.Rate).Order().ElementAt(rates.Count / 2);
        return rates.Where(r => Math.Abs(r.Rate - median) > RelativeTolerance * median)
            .Select(r => $"epoch {epoch}: the step of {r.Name} is not −η ∂J/∂{r.Name} with the η ≈ {median:G3} of the other weights (its own is {r.Rate:G3}); " +
                         "use one learning rate for U, V and w")
            .FirstOrDefault();
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (p, q) => p * q).Sum();
}
