using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>The mutual information of two labellings over their mean entropy, 2·I(A;B)/(H(A)+H(B)) (scikit-learn's
/// default normalisation): 1 when each determines the other, 0 when they are independent.</summary>
[GraderSide]
internal static class NormalisedMutualInformation
{
    /// <summary>The NMI of two equally long labellings by small non-negative integers; 0 when both are constant.</summary>
    public static double Of(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != b.Count || a.Count == 0)
        {
            throw new ArgumentException($"{a.Count} labels against {b.Count}.", nameof(b));
        }
        var joint = new Dictionary<(int, int), int>();
        for (var i = 0; i < a.Count; i++)
        {
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
        }
        var n = (double)a.Count;
        var countA = a.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var countB = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var information = joint.Sum(p => p.Value / n * Math.Log(p.Value * n / ((double)countA[p.Key.Item1] * countB[p.Key.Item2])));
        var entropies = Entropy(countA.Values, n) + Entropy(countB.Values, n);
        return entropies > 0 ? Math.Clamp(2 * information / entropies, 0, 1) : 0;
    }

    private static double Entropy(IEnumerable<int> counts, double n) => -counts.Sum(c => c / n * Math.Log(c / n));
}
