using System.Globalization;
using System.Security;
using System.Text;

namespace Grader.Core.Reports;

/// <summary>A small, dependency-free SVG heatmap of a matrix of error ratios (error / allowed): pale green where an
/// element is within tolerance (ratio ≤ 1), yellow to dark red on a log scale above it. Matrices larger than
/// <see cref="MaxCells"/> a side are drawn in blocks, each showing its worst element. Same data, same bytes.</summary>
internal static class SvgHeatmap
{
    public const int MaxCells = 48;

    private const double Left = 64;
    private const double Top = 40;
    private const double LegendWidth = 150;
    private const double Bottom = 44;
    private const string Within = "#e5f5e0";
    private static readonly (double R, double G, double B)[] Ramp = [(254, 224, 139), (244, 109, 67), (165, 0, 38), (64, 0, 20)];

    /// <param name="ratios">Row-major, <paramref name="rows"/> × <paramref name="columns"/>.</param>
    public static string Render(string title, string rowLabel, string columnLabel, int rows, int columns, IReadOnlyList<double> ratios)
    {
        var (blockRows, blockColumns) = (Blocks(rows), Blocks(columns));
        var (shownRows, shownColumns) = ((rows + blockRows - 1) / blockRows, (columns + blockColumns - 1) / blockColumns);
        var cell = Math.Clamp(Math.Floor(400.0 / Math.Max(shownRows, shownColumns)), 4, 28);
        var (gridWidth, gridHeight) = (shownColumns * cell, shownRows * cell);
        var width = Math.Max(Left + gridWidth + LegendWidth, 360);
        var worst = ratios.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var top = Math.Max(Math.Log10(Math.Max(worst, 1)), 1);
        // Tall enough for the legend too: a title line and one entry per power of ten, below and above 1.
        var legendHeight = 14 + 18 * ((int)Math.Ceiling(top) + 2) + 8;
        var height = Top + Math.Max(gridHeight + Bottom, legendHeight);

        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\""))
            .Append(" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(F($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n"));
        svg.Append(F($"<text x=\"{width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">{Escape(title)}</text>\n"));
        for (var r = 0; r < shownRows; r++)
        {
            for (var c = 0; c < shownColumns; c++)
            {
                var ratio = BlockWorst(ratios, rows, columns, r * blockRows, c * blockColumns, blockRows, blockColumns);
                svg.Append(F($"<rect x=\"{Left + c * cell}\" y=\"{Top + r * cell}\" width=\"{cell}\" height=\"{cell}\" fill=\"{Colour(ratio, top)}\">"))
                    .Append(F($"<title>{Range(r, blockRows, rows)}, {Range(c, blockColumns, columns)}: {Label(ratio)}</title></rect>\n"));
            }
        }
        svg.Append(F($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{gridWidth}\" height=\"{gridHeight}\" fill=\"none\" stroke=\"black\"/>\n"));
        var step = (int)Math.Ceiling(shownRows / 10.0);
        for (var r = 0; r < shownRows; r += step)
        {
            svg.Append(F($"<text x=\"{Left - 4}\" y=\"{Top + (r + 0.5) * cell + 4:0.##}\" text-anchor=\"end\">{r * blockRows}</text>\n"));
        }
        step = (int)Math.Ceiling(shownColumns / 10.0);
        for (var c = 0; c < shownColumns; c += step)
        {
            svg.Append(F($"<text x=\"{Left + (c + 0.5) * cell:0.##}\" y=\"{Top + gridHeight + 14}\" text-anchor=\"middle\">{c * blockColumns}</text>\n"));
        }
        var blocks = blockRows * blockColumns > 1 ? F($" (blocks of {blockRows}×{blockColumns}, worst shown)") : "";
        svg.Append(F($"<text x=\"{Left + gridWidth / 2}\" y=\"{height - 10}\" text-anchor=\"middle\">{Escape(columnLabel + blocks)}</text>\n"));
        svg.Append(F($"<text transform=\"translate(16 {Top + gridHeight / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(rowLabel)}</text>\n"));
        AppendLegend(svg, Left + gridWidth + 20, top);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendLegend(StringBuilder svg, double x, double top)
    {
        svg.Append(F($"<text x=\"{x}\" y=\"{Top + 4}\">error / allowed</text>\n"));
        var entries = new List<(string Label, string Colour)> { ("≤ 1 (passes)", Within) };
        for (var e = 0; e <= (int)Math.Ceiling(top); e++)
        {
            var ratio = Math.Pow(10, e);
            entries.Add((e == 0 ? "just over 1" : F($"1e{e}"), Colour(e == 0 ? 1.0001 : ratio, top)));
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var y = Top + 14 + i * 18;
            svg.Append(F($"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{entries[i].Colour}\" stroke=\"#999999\"/>"))
                .Append(F($"<text x=\"{x + 20}\" y=\"{y + 11}\">{Escape(entries[i].Label)}</text>\n"));
        }
    }

    /// <summary>Within tolerance pale green; above, log10(ratio) from 0 to <paramref name="top"/> along the ramp.</summary>
    public static string Colour(double ratio, double top)
    {
        if (!double.IsFinite(ratio))
        {
            return "#000000";
        }
        if (ratio <= 1)
        {
            return Within;
        }
        var t = Math.Clamp(Math.Log10(ratio) / top, 0, 1) * (Ramp.Length - 1);
        var i = Math.Min((int)t, Ramp.Length - 2);
        var f = t - i;
        int Mix(double a, double b) => (int)Math.Round(a + (b - a) * f);
        return F($"#{Mix(Ramp[i].R, Ramp[i + 1].R):x2}{Mix(Ramp[i].G, Ramp[i + 1].G):x2}{Mix(Ramp[i].B, Ramp[i + 1].B):x2}");
    }

    private static int Blocks(int length) => (length + MaxCells - 1) / MaxCells;

    private static double BlockWorst(IReadOnlyList<double> ratios, int rows, int columns, int row0, int column0, int blockRows, int blockColumns)
    {
        var worst = double.NegativeInfinity;
        for (var r = row0; r < Math.Min(row0 + blockRows, rows); r++)
        {
            for (var c = column0; c < Math.Min(column0 + blockColumns, columns); c++)
            {
                var ratio = ratios[r * columns + c];
                worst = double.IsNaN(ratio) || double.IsNaN(worst) ? double.NaN : Math.Max(worst, ratio);
            }
        }
        return worst;
    }

    private static string Range(int index, int block, int length) =>
        block == 1 ? F($"{index}") : F($"{index * block}–{Math.Min((index + 1) * block, length) - 1}");

    private static string Label(double ratio) => ratio.ToString("G3", CultureInfo.InvariantCulture) + " × allowed";

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
