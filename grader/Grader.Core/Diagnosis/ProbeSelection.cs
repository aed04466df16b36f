using Grader.Core.Numerics;

namespace Grader.Core.Diagnosis;

/// <summary>Which elements of a wrong gradient to differentiate: those whose error is largest against the tolerance,
/// a bounded number, so that the diagnosis costs at most <see cref="MaxProbes"/> pairs of forward passes per check.</summary>
internal static class ProbeSelection
{
    public const int MaxProbes = 12;

    /// <summary>Flat indices of the elements outside the tolerance, worst first, at most <see cref="MaxProbes"/>.</summary>
    public static int[] Worst(NumericArray expected, NumericArray actual, Tolerance tolerance) =>
        Enumerable.Range(0, actual.Data.Length)
            .Select(i => (Index: i, Ratio: Math.Abs(actual.Data[i] - expected.Data[i]) / tolerance.Allowed(expected.Data[i])))
            .Where(e => e.Ratio > 1)
            .OrderByDescending(e => e.Ratio)
            .ThenBy(e => e.Index)
            .Take(MaxProbes)
            .Select(e => e.Index)
            .ToArray();
}
