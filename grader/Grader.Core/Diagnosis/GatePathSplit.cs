using System.Globalization;
using Grader.Core.Numerics;

namespace Grader.Core.Diagnosis;

/// <summary>Which gate path carries the error of a gradient that sums one term per path (the GRU's dx and dh).</summary>
internal static class GatePathSplit
{
    /// <summary>A path that is missing (error = −term), counted twice (+term) or of the wrong sign (−2 × term).</summary>
    private static readonly (double Factor, string Meaning)[] Explanations =
        [(-1, "is missing from yours"), (1, "is counted twice in yours"), (-2, "has the wrong sign in yours")];

    /// <summary>Directions closer than this (cosine) to one path's term point at that path.</summary>
    public const double Aligned = 0.95;

    public static string? Describe(string gradient, NumericArray expected, NumericArray actual, Tolerance tolerance,
        IReadOnlyDictionary<string, NumericArray> paths)
    {
        if (paths.Count == 0 || !expected.SameShapeAs(actual))
        {
            return null;
        }
        foreach (var (path, term) in paths)
        {
            foreach (var (factor, meaning) in Explanations)
            {
                var explained = new NumericArray(expected.Shape, expected.Data.Select((e, i) => e + factor * term.Data[i]).ToArray());
                if (AllClose.IsClose(explained, actual, tolerance))
                {
                    return $"By gate path: the error of your {gradient} is exactly what it would be if {path} {meaning}.";
                }
            }
        }
        var error = actual.Data.Select((a, i) => a - expected.Data[i]).ToArray();
        var best = paths.Select(p => (Path: p.Key, Cosine: Cosine(error, p.Value.Data))).OrderByDescending(p => Math.Abs(p.Cosine)).First();
        var cosine = Math.Abs(best.Cosine).ToString("0.00", CultureInfo.InvariantCulture);
        return Math.Abs(best.Cosine) >= Aligned && error.Length > 1
            ? $"By gate path: the error of your {gradient} points along {best.Path} (|cosine| {cosine}): look there first."
            : $"By gate path: the error of your {gradient} is not along any one path (at best |cosine| {cosine}, with {best.Path}); " +
              "more than one path is off, or a shared factor is.";
    }

    private static double Cosine(double[] a, IReadOnlyList<double> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
