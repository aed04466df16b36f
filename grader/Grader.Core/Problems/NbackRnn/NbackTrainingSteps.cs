using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>Checks that Train's epochs are what the problem text asks: one full gradient step on the sequence,
/// W_{k+1} = W_k − η ∂J/∂W(W_k), with one learning rate η &gt; 0 for U, V and w.</summary>
/// <remarks>Reaching the loss target alone would accept a run that climbs the gradient of one weight while the others
/// descend. The gradient is the submission's own <c>Gradients</c> at the snapshot: whether those are right is what the
/// dU, dV and dw checks judge; here only the update rule is. The first and the last epoch are checked: a rule that is
/// wrong at every step shows on the first, one that changes late shows on the last.</remarks>
internal static class NbackTrainingSteps
{
    private const double RelativeTolerance = 1e-3;

    /// <param name="gradientAt">The submission's gradients at a snapshot's weights.</param>
    /// <exception cref="InvalidOperationException">A checked epoch is not a gradient-descent step; the message says which weight.</exception>
    public static void Verify(IReadOnlyList<NbackWeights?> weights, Func<NbackWeights, NbackGradients?> gradientAt)
    {
        foreach (var epoch in new[] { 1, weights.Count - 1 }.Distinct())
        {
            VerifyEpoch(weights[epoch - 1], weights[epoch], epoch, gradientAt);
        }
    }

    private static void VerifyEpoch(NbackWeights? before, NbackWeights? after, int epoch, Func<NbackWeights, NbackGradients?> gradientAt)
    {
        if (before?.U is null || before.V is null || before.W is null || after?.U is null || after.V is null || after.W is null)
        {
            return; // A missing snapshot already shows as a loss of NaN in the history.
        }
        string[] names = ["U", "V", "w"];
        var start = Blocks(before);
        var end = Blocks(after);
        var returned = gradientAt(before);
        if (returned?.DU is null || returned.DV is null || returned.Dw is null)
        {
            return; // No gradients to compare with: the gradient checks already say so.
        }
        var gradient = new[] { returned.DU.ToColumnMajorArray(), returned.DV.ToColumnMajorArray(), returned.Dw.ToArray() };
        if (start.Zip(end).Zip(gradient).Any(p => p.First.First.Length != p.First.Second.Length || p.First.First.Length != p.Second.Length) ||
            gradient.Any(g => !g.All(double.IsFinite)))
        {
            return; // Weights that change shape or gradients that do not fit show in the history and the gradient checks.
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
                throw new InvalidOperationException(
                    $"epoch {epoch}: the step of {names[b]} does not go down the gradient of J; an epoch must be one gradient-descent step, {names[b]} − η ∂J/∂{names[b]}");
            }
            var residual = Math.Sqrt(d.Select((v, i) => (v + rate * g[i]) * (v + rate * g[i])).Sum());
            if (residual > RelativeTolerance * Math.Sqrt(Dot(d, d)))
            {
                throw new InvalidOperationException(
                    $"epoch {epoch}: the step of {names[b]} is not along −∂J/∂{names[b]}; an epoch must be one gradient-descent step on the whole sequence");
            }
            rates.Add((names[b], rate));
        }
        if (rates.Count == 0)
        {
            return;
        }
        // With three weights the median is the rate most of them share, so the odd one out is the one named.
        var median = rates.Select(r => r.Rate).Order().ElementAt(rates.Count / 2);
        foreach (var (name, rate) in rates.Where(r => Math.Abs(r.Rate - median) > RelativeTolerance * median))
        {
            throw new InvalidOperationException(
                $"epoch {epoch}: the step of {name} is not −η ∂J/∂{name} with the η ≈ {median:G3} of the other weights (its own is {rate:G3}); " +
                "use one learning rate for U, V and w");
        }
    }

    /// <summary>U, V and w as arrays (matrices column-major, as MathNet builds them back).</summary>
    private static double[][] Blocks(NbackWeights w) => [w.U.ToColumnMajorArray(), w.V.ToColumnMajorArray(), w.W.ToArray()];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (p, q) => p * q).Sum();
}
