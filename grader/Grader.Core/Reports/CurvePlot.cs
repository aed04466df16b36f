using Grader.Core.Fixtures;
using Grader.Core.Numerics;

namespace Grader.Core.Reports;

/// <summary>Plots each row of a quantity (a vector is one row) against its index, optionally with the reference's
/// value as a further line; on a log scale the magnitudes are drawn.</summary>
/// <param name="Title">The figure's title; the case name is appended.</param>
/// <param name="RowNames">Legend names of the rows, in order.</param>
/// <param name="FirstX">The x of a row's first element (0 for epochs counted from the start, 1 for steps t = 1…T).</param>
/// <param name="ExpectedName">The legend name of the reference's line; null to leave it out.</param>
/// <param name="MinimumPoints">Cases whose rows are shorter are not drawn (short cases say little in a figure).</param>
public sealed record CurvePlot(
    string Title, string XLabel, string YLabel, IReadOnlyList<string> RowNames, bool LogY, int FirstX = 0, string? ExpectedName = null,
    int MinimumPoints = 0)
    : IQuantityPlot
{
    public IEnumerable<CheckPlot> Draw(Fixture fixture, NumericArray actual, NumericArray? expected)
    {
        var rowLength = actual.Rank == 2 ? actual.Shape[1] : actual.Data.Length;
        if (rowLength < MinimumPoints)
        {
            return [];
        }
        // The submission's rows first (the first one is drawn solid), the reference's after them (dashed).
        var series = Rows(actual).Select((row, i) => Line(i < RowNames.Count ? RowNames[i] : $"row {i}", row)).ToList();
        if (ExpectedName is not null && expected is not null)
        {
            series.AddRange(Rows(expected).Take(1).Select(row => Line(ExpectedName, row)));
        }
        if (series.All(s => s.Y.All(y => !Drawable(y))))
        {
            return [];
        }
        var title = $"{Title} — case {fixture.Case}";
        return [new CheckPlot(title, SvgLinePlot.Render(title, XLabel, YLabel, series, LogY))];
    }

    private bool Drawable(double y) => double.IsFinite(y) && (!LogY || y != 0);

    private PlotSeries Line(string name, double[] row) =>
        new(name, row.Select((_, i) => (double)(i + FirstX)).ToArray(), LogY ? row.Select(Math.Abs).ToArray() : row);

    private static IEnumerable<double[]> Rows(NumericArray value) => value.Rank switch
    {
        0 => [value.Data],
        1 => [value.Data],
        _ => Enumerable.Range(0, value.Shape[0]).Select(r => value.Data.AsSpan(r * value.Shape[1], value.Shape[1]).ToArray()),
    };
}
