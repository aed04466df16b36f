namespace Grader.Core.Problems.InfoGan;

/// <summary>Draws a digit glyph into a 28×28 image: scaled into a 12×18-pixel box, sheared, shifted and stroked with
/// anti-aliased edges (a pixel's grey level falls linearly over one pixel across the stroke's edge).</summary>
public static class DigitRenderer
{
    public const int Side = 28;
    public const int Pixels = Side * Side;
    private const double GlyphWidth = 12;
    private const double GlyphHeight = 18;
    private const double Centre = (Side - 1) / 2.0;

    /// <summary>The image of one digit with the given factors, row by row, grey levels in [0, 1].</summary>
    public static float[] Render(DigitFactors factors)
    {
        var segments = Segments(factors);
        var image = new float[Pixels];
        var half = factors.Width / 2;
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var distance = double.MaxValue;
                foreach (var (ax, ay, bx, by) in segments)
                {
                    distance = Math.Min(distance, SegmentDistance(x, y, ax, ay, bx, by));
                }
                image[y * Side + x] = (float)Math.Clamp(half - distance + 0.5, 0, 1);
            }
        }
        return image;
    }

    private static List<(double Ax, double Ay, double Bx, double By)> Segments(DigitFactors factors)
    {
        var segments = new List<(double, double, double, double)>();
        foreach (var stroke in DigitGlyphs.Strokes[factors.Digit])
        {
            for (var i = 0; i + 1 < stroke.Length; i++)
            {
                var (ax, ay) = Place(stroke[i], factors);
                var (bx, by) = Place(stroke[i + 1], factors);
                segments.Add((ax, ay, bx, by));
            }
        }
        return segments;
    }

    /// <summary>Unit-box point to pixel coordinates: scaled about the centre, sheared (upper points move right for a
    /// positive slant), shifted.</summary>
    private static (double X, double Y) Place((double X, double Y) point, DigitFactors factors)
    {
        var y = Centre + (point.Y - 0.5) * GlyphHeight;
        var x = Centre + (point.X - 0.5) * GlyphWidth + factors.Slant * (Centre - y);
        return (x + factors.ShiftX, y + factors.ShiftY);
    }

    private static double SegmentDistance(double px, double py, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared == 0 ? 0 : Math.Clamp(((px - ax) * dx + (py - ay) * dy) / lengthSquared, 0, 1);
        var (cx, cy) = (ax + t * dx - px, ay + t * dy - py);
        return Math.Sqrt(cx * cx + cy * cy);
    }
}
