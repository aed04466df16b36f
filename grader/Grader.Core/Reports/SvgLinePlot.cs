using System.Globalization;
using System.Security;
using System.Text;

namespace Grader.Core.Reports;

/// <summary>A small, dependency-free SVG line plot: axes with ticks, axis labels, a title, a legend, and a linear or
/// base-10 logarithmic y axis. Points that cannot be drawn (NaN, ∞, or ≤ 0 on a log axis) break the line.
/// The output depends only on the data, so the same run gives the same bytes.</summary>
internal static class SvgLinePlot
{
    private const double Width = 640;
    private const double Height = 400;
    private const double Left = 78;
    private const double Right = 150;
    private const double Top = 36;
    private const double Bottom = 52;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

    public static string Render(string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY)
    {
        bool Drawable(double y) => double.IsFinite(y) && (!logY || y > 0);
        var points = series.SelectMany(s => s.X.Zip(s.Y)).Where(p => double.IsFinite(p.First) && Drawable(p.Second)).ToArray();
        var (x0, x1) = points.Length == 0 ? (0.0, 1.0) : Widen(points.Min(p => p.First), points.Max(p => p.First));
        Func<double, double> yScale = logY ? Math.Log10 : y => y;
        var (y0, y1) = points.Length == 0 ? (0.0, 1.0) : Widen(points.Min(p => yScale(p.Second)), points.Max(p => yScale(p.Second)));
        if (logY)
        {
            (y0, y1) = (Math.Floor(y0), Math.Ceiling(y1));
        }
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Px(double x) => Left + (x - x0) / (x1 - x0) * plotWidth;
        double Py(double y) => Top + (1 - (yScale(y) - y0) / (y1 - y0)) * plotHeight;

        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\""))
            .Append(" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(F($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(F($"<text x=\"{Left + plotWidth / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">{Escape(title)}</text>\n"));
        svg.Append(F($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"black\"/>\n"));

        foreach (var tick in LinearTicks(x0, x1))
        {
            var px = Px(tick);
            svg.Append(F($"<line x1=\"{px:0.##}\" y1=\"{Top + plotHeight}\" x2=\"{px:0.##}\" y2=\"{Top + plotHeight + 5}\" stroke=\"black\"/>"));
            svg.Append(F($"<text x=\"{px:0.##}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\">{Label(tick)}</text>\n"));
        }
        var yTicks = logY ? Enumerable.Range((int)y0, (int)(y1 - y0) + 1).Select(e => (double)e).ToArray() : LinearTicks(y0, y1);
        foreach (var tick in Thin(yTicks, 10))
        {
            var py = Top + (1 - (tick - y0) / (y1 - y0)) * plotHeight;
            var text = logY ? F($"1e{tick:0}") : Label(tick);
            svg.Append(F($"<line x1=\"{Left - 5}\" y1=\"{py:0.##}\" x2=\"{Left}\" y2=\"{py:0.##}\" stroke=\"black\"/>"));
            svg.Append(F($"<line x1=\"{Left}\" y1=\"{py:0.##}\" x2=\"{Left + plotWidth}\" y2=\"{py:0.##}\" stroke=\"#dddddd\"/>"));
            svg.Append(F($"<text x=\"{Left - 8}\" y=\"{py + 4:0.##}\" text-anchor=\"end\">{text}</text>\n"));
        }
        svg.Append(F($"<text x=\"{Left + plotWidth / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n"));
        var yText = logY ? $"{yLabel} (log scale)" : yLabel;
        svg.Append(F($"<text transform=\"translate(18 {Top + plotHeight / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(yText)}</text>\n"));

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var dash = s == 0 || series.Count == 1 ? "" : " stroke-dasharray=\"6 3\"";
            foreach (var segment in Segments(series[s], Drawable))
            {
                var path = string.Join(" ", segment.Select(p => F($"{Px(p.X):0.##},{Py(p.Y):0.##}")));
                svg.Append(F($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{dash} points=\"{path}\"/>\n"));
            }
            var ly = Top + 14 + 18 * s;
            svg.Append(F($"<line x1=\"{Width - Right + 10}\" y1=\"{ly}\" x2=\"{Width - Right + 34}\" y2=\"{ly}\""))
                .Append(F($" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>"));
            svg.Append(F($"<text x=\"{Width - Right + 40}\" y=\"{ly + 4}\">{Escape(series[s].Name)}</text>\n"));
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>About five round tick values in [lo, hi].</summary>
    public static double[] LinearTicks(double lo, double hi)
    {
        var raw = (hi - lo) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var first = Math.Ceiling(lo / step);
        return Enumerable.Range(0, (int)Math.Floor(hi / step - first) + 1).Select(k => (first + k) * step).ToArray();
    }

    private static IEnumerable<double> Thin(double[] ticks, int most)
    {
        var every = (ticks.Length + most - 1) / most;
        return ticks.Where((_, i) => i % Math.Max(every, 1) == 0);
    }

    private static IEnumerable<List<(double X, double Y)>> Segments(PlotSeries series, Func<double, bool> drawable)
    {
        var current = new List<(double X, double Y)>();
        for (var i = 0; i < Math.Min(series.X.Count, series.Y.Count); i++)
        {
            if (double.IsFinite(series.X[i]) && drawable(series.Y[i]))
            {
                current.Add((series.X[i], series.Y[i]));
            }
            else if (current.Count > 0)
            {
                yield return current;
                current = [];
            }
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static (double Lo, double Hi) Widen(double lo, double hi) =>
        hi > lo ? (lo, hi) : (lo - 0.5 * Math.Max(1, Math.Abs(lo)), hi + 0.5 * Math.Max(1, Math.Abs(hi)));

    private static string Label(double value) => Math.Abs(value) is >= 1e4 or (< 1e-3 and > 0)
        ? value.ToString("0.##E+0", CultureInfo.InvariantCulture)
        : Math.Round(value, 10).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
