using System.Globalization;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.InfoGan;

/// <summary>The picture grids: one 784-pixel image per row, every grey level finite and in [0, 1].</summary>
internal sealed class PixelGrid(int images) : ICheckCriterion
{
    public string Description => $"{images} images of 784 grey levels in [0, 1]";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (actual.Rank != 2 || actual.Shape[0] != images || actual.Shape[1] != DigitRenderer.Pixels)
        {
            return CriterionVerdict.Shape($"expected {images}×{DigitRenderer.Pixels}, got a {actual.ShapeText}");
        }
        var bad = Array.FindIndex(actual.Data, v => !double.IsFinite(v));
        if (bad >= 0)
        {
            return CriterionVerdict.NotFinite($"image {bad / DigitRenderer.Pixels}, pixel {bad % DigitRenderer.Pixels} is {actual.Data[bad]}");
        }
        var outside = Array.FindIndex(actual.Data, v => v is < 0 or > 1);
        return outside < 0
            ? CriterionVerdict.Pass
            : CriterionVerdict.Wrong($"image {outside / DigitRenderer.Pixels}, pixel {outside % DigitRenderer.Pixels} is " +
                                     $"{actual.Data[outside].ToString("G6", CultureInfo.InvariantCulture)}, outside [0, 1] (end the generator with a sigmoid)");
    }
}
