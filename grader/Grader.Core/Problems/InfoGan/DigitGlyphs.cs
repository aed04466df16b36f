namespace Grader.Core.Problems.InfoGan;

/// <summary>The ten digits as stroked polylines in a unit box (x to the right, y downwards), roughly as one writes them.</summary>
internal static class DigitGlyphs
{
    /// <summary>Each digit's strokes; a stroke is a polyline of (x, y) points in [0, 1]².</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)[]>> Strokes { get; } =
    [
        [Ellipse(0.5, 0.5, 0.42, 0.5, 0, 360)],
        [[(0.25, 0.22), (0.55, 0.0), (0.55, 1.0)]],
        [[(0.08, 0.25), (0.25, 0.04), (0.5, 0.0), (0.78, 0.05), (0.92, 0.25), (0.85, 0.48), (0.05, 1.0), (1.0, 1.0)]],
        [[(0.08, 0.1), (0.4, 0.0), (0.82, 0.06), (0.9, 0.25), (0.75, 0.42), (0.4, 0.48), (0.85, 0.56), (0.95, 0.78),
          (0.8, 0.95), (0.45, 1.0), (0.05, 0.9)]],
        [[(0.72, 1.0), (0.72, 0.0), (0.05, 0.68), (1.0, 0.68)]],
        [[(0.9, 0.0), (0.18, 0.0), (0.12, 0.45), (0.5, 0.38), (0.85, 0.5), (0.95, 0.75), (0.8, 0.95), (0.45, 1.0), (0.05, 0.9)]],
        [[(0.85, 0.05), (0.5, 0.0), (0.2, 0.2), (0.05, 0.6), (0.1, 0.9), (0.45, 1.0), (0.85, 0.92), (0.95, 0.7),
          (0.8, 0.5), (0.45, 0.45), (0.12, 0.6)]],
        [[(0.05, 0.0), (0.95, 0.0), (0.35, 1.0)]],
        [Ellipse(0.5, 0.24, 0.34, 0.24, 0, 360), Ellipse(0.5, 0.72, 0.42, 0.28, 0, 360)],
        [Ellipse(0.5, 0.3, 0.4, 0.3, 0, 360), [(0.9, 0.3), (0.88, 0.7), (0.8, 1.0)]],
    ];

    /// <summary>An elliptic arc from <paramref name="fromDegrees"/> to <paramref name="toDegrees"/> as a polyline.</summary>
    private static (double X, double Y)[] Ellipse(double cx, double cy, double rx, double ry, double fromDegrees, double toDegrees)
    {
        const int segments = 24;
        var points = new (double X, double Y)[segments + 1];
        for (var i = 0; i <= segments; i++)
        {
            var angle = (fromDegrees + (toDegrees - fromDegrees) * i / segments) * Math.PI / 180;
            points[i] = (cx + rx * Math.Cos(angle), cy + ry * Math.Sin(angle));
        }
        return points;
    }
}
