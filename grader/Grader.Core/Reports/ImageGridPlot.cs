using System.Globalization;
using System.Text;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;

namespace Grader.Core.Reports;

/// <summary>Draws a quantity holding 28×28 images (one per row) as picture grids: each block of
/// <paramref name="Rows"/>·<paramref name="Columns"/> images is one figure, a PNG inside an SVG with row labels.</summary>
/// <param name="Titles">One title per block, e.g. "c1 swept from −1 to 1"; the case name is appended.</param>
/// <param name="RowLabel">What a row is, e.g. "category".</param>
public sealed record ImageGridPlot(IReadOnlyList<string> Titles, int Rows, int Columns, string RowLabel) : IQuantityPlot
{
    private const int Side = 28;
    private const int Gap = 2;
    private const int Scale = 2;
    private const int Margin = 70;

    public IEnumerable<CheckPlot> Draw(Fixture fixture, NumericArray actual, NumericArray? expected)
    {
        var perBlock = Rows * Columns;
        if (actual.Rank != 2 || actual.Shape[1] != Side * Side || actual.Shape[0] != perBlock * Titles.Count)
        {
            return [];
        }
        return Titles.Select((title, block) =>
        {
            var caption = $"{title} — case {fixture.Case}";
            return new CheckPlot(caption, Svg(caption, Png(actual.Data.AsSpan(block * perBlock * Side * Side, perBlock * Side * Side))));
        }).ToArray();
    }

    /// <summary>The grid as a PNG: ink dark on white, grey lines between images, grey levels clamped to [0, 1], NaN or ∞ as blank paper.</summary>
    public byte[] Png(ReadOnlySpan<double> images)
    {
        var (width, height) = (Columns * (Side + Gap) + Gap, Rows * (Side + Gap) + Gap);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)96);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var image = images.Slice((r * Columns + c) * Side * Side, Side * Side);
                for (var y = 0; y < Side; y++)
                {
                    for (var x = 0; x < Side; x++)
                    {
                        var v = image[y * Side + x];
                        var level = double.IsFinite(v) ? Math.Clamp(v, 0, 1) : 0;
                        // Ink is light on a dark background in MNIST; drawn dark on white here, as on paper.
                        pixels[(Gap + r * (Side + Gap) + y) * width + Gap + c * (Side + Gap) + x] = (byte)Math.Round(255 * (1 - level));
                    }
                }
            }
        }
        return PngEncoder.Greyscale(width, height, pixels);
    }

    private string Svg(string title, byte[] png)
    {
        var (imageWidth, imageHeight) = (Scale * (Columns * (Side + Gap) + Gap), Scale * (Rows * (Side + Gap) + Gap));
        var (width, height) = (Margin + imageWidth + 10, 30 + imageHeight + 10);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"18\" font-family=\"sans-serif\" font-size=\"13\">{Escape(title)}</text>\n");
        for (var r = 0; r < Rows; r++)
        {
            var y = 30 + Scale * (Gap + r * (Side + Gap) + Side / 2) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"11\">{Escape(RowLabel)} {r}</text>\n");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<image x=\"{Margin}\" y=\"30\" width=\"{imageWidth}\" height=\"{imageHeight}\" style=\"image-rendering:pixelated\" " +
            $"href=\"data:image/png;base64,{Convert.ToBase64String(png)}\"/>\n</svg>\n");
        return svg.ToString();
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
