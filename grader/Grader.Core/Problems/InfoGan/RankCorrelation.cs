using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>Spearman's rank correlation: Pearson's correlation of the ranks, ties sharing their mean rank.</summary>
[GraderSide]
internal static class RankCorrelation
{
    /// <summary>ρ in [−1, 1]; 0 when either side is constant (a code that changes nothing correlates with nothing).</summary>
    public static double Spearman(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"{a.Count} values against {b.Count}.", nameof(b));
        }
        return Pearson(Ranks(a), Ranks(b));
    }

    /// <summary>1-based ranks, ties given the mean of the ranks they span.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double Pearson(double[] a, double[] b)
    {
        var (meanA, meanB) = (a.Average(), b.Average());
        double cross = 0, spreadA = 0, spreadB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            cross += (a[i] - meanA) * (b[i] - meanB);
            spreadA += (a[i] - meanA) * (a[i] - meanA);
            spreadB += (b[i] - meanB) * (b[i] - meanB);
        }
        return spreadA > 0 && spreadB > 0 ? cross / Math.Sqrt(spreadA * spreadB) : 0;
    }
}
