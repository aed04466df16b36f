using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Core.Diagnosis;

/// <summary>Where in a wrong value the error sits: a heatmap of error / allowed per element for matrices, and a
/// sentence naming the rows, columns or time steps that are wrong.</summary>
internal static class ErrorMap
{
    /// <summary>The heatmap of a matrix, or null for a scalar or vector.</summary>
    public static CheckPlot? Heatmap(QuantitySpec spec, FailingCase failing)
    {
        var actual = failing.Actual;
        if (actual.Rank != 2)
        {
            return null;
        }
        var title = $"{spec.Name}: error per element — case {failing.Fixture.Case}";
        var rowLabel = RowsAreSteps(spec, failing) ? "row = time step t − 1" : "row";
        return new CheckPlot(title, SvgHeatmap.Render(title, rowLabel, "column", actual.Shape[0], actual.Shape[1], Ratios(failing)));
    }

    /// <summary>One sentence: which rows and columns (or steps) hold the elements outside the tolerance; null for a
    /// single number, whose check already says all there is.</summary>
    public static string? Where(QuantitySpec spec, FailingCase failing)
    {
        if (failing.Actual.Data.Length < 2)
        {
            return null;
        }
        var ratios = Ratios(failing);
        var wrong = Enumerable.Range(0, ratios.Length).Where(i => ratios[i] > 1).ToArray();
        var actual = failing.Actual;
        var lead = $"Where: in case {failing.Fixture.Case}, {wrong.Length} of {ratios.Length} elements are outside the tolerance";
        var columns = actual.Rank == 2 ? actual.Shape[1] : 1;
        var rows = wrong.Select(i => i / columns).Distinct().ToArray();
        if (RowsAreSteps(spec, failing))
        {
            var first = rows.Min() + 1;
            var total = actual.Shape[0];
            var onward = rows.Length == total - first + 1 ? $", and every step from there on is wrong" : "";
            return $"{lead}; the first wrong time step is t = {first} of {total}{onward}.";
        }
        if (actual.Rank == 1)
        {
            return wrong.Length == ratios.Length ? lead + ": all of them." : $"{lead}: elements {Few(wrong)}.";
        }
        var wrongColumns = wrong.Select(i => i % columns).Distinct().Order().ToArray();
        var parts = new List<string>();
        if (rows.Length < actual.Shape[0])
        {
            parts.Add($"only in rows {Few(rows.Order().ToArray())}");
        }
        if (wrongColumns.Length < columns)
        {
            parts.Add($"only in columns {Few(wrongColumns)}");
        }
        return parts.Count == 0
            ? $"{lead}, spread over every row and column (see the heatmap)."
            : $"{lead}, {string.Join(" and ", parts)} (see the heatmap).";
    }

    /// <summary>Rows of a sequence quantity are its time steps when there are as many as the case's length.</summary>
    private static bool RowsAreSteps(QuantitySpec spec, FailingCase failing) =>
        spec.SequenceLength is { } length && failing.Actual.Rank >= 1 && failing.Actual.Shape[0] == length(failing.Fixture.Inputs) &&
        failing.Actual.Shape[0] > 1;

    private static double[] Ratios(FailingCase failing)
    {
        var (expected, actual, tolerance) = (failing.Expected, failing.Actual, failing.Comparison.Tolerance);
        return actual.Data.Select((a, i) => Math.Abs(a - expected.Data[i]) / tolerance.Allowed(expected.Data[i])).ToArray();
    }

    private static string Few(int[] indices) =>
        indices.Length <= 8 ? string.Join(", ", indices) : string.Join(", ", indices.Take(8)) + $", … ({indices.Length} in all)";
}
