using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>Factors read off an image by its moments, with no knowledge of how it was made.</summary>
[GraderSide]
internal static class ImageMoments
{
    private const int Side = DigitRenderer.Side;

    /// <summary>The slant: the regression of x on height, Σ I·(x−x̄)(ȳ−y) / Σ I·(y−ȳ)², from the second moments
    /// (MNIST's classic deskewing measure); positive when the top leans right. 0 for an empty image.</summary>
    public static double Slant(ReadOnlySpan<float> image)
    {
        double mass = 0, sumX = 0, sumY = 0;
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                double v = image[y * Side + x];
                mass += v;
                sumX += v * x;
                sumY += v * y;
            }
        }
        if (mass <= 0)
        {
            return 0;
        }
        var (meanX, meanY) = (sumX / mass, sumY / mass);
        double cross = 0, spread = 0;
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                double v = image[y * Side + x];
                cross += v * (x - meanX) * (meanY - y);
                spread += v * (y - meanY) * (y - meanY);
            }
        }
        return spread > 0 ? cross / spread : 0;
    }

    /// <summary>The stroke width: ink area over stroke length, where the length is half the edge length (a stroke has
    /// two edges) and the edge length is the total variation Σ|∇I|. 0 for an empty image.</summary>
    public static double StrokeWidth(ReadOnlySpan<float> image)
    {
        double ink = 0, edge = 0;
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                double v = image[y * Side + x];
                ink += v;
                double right = x + 1 < Side ? image[y * Side + x + 1] : 0;
                double below = y + 1 < Side ? image[(y + 1) * Side + x] : 0;
                edge += Math.Sqrt((right - v) * (right - v) + (below - v) * (below - v));
            }
        }
        return edge > 0 ? 2 * ink / edge : 0;
    }
}
