namespace Grader.Core.Numerics;

/// <summary>numpy.allclose as a comparison that also says where and by how much it fails.</summary>
public static class AllClose
{
    public static Comparison Compare(NumericArray expected, NumericArray actual, Tolerance tolerance)
    {
        if (!expected.SameShapeAs(actual))
        {
            return new Comparison(ComparisonKind.ShapeMismatch, expected, actual, tolerance, 0, actual.Data.Length);
        }

        var firstNotFinite = -1;
        var notFinite = 0;
        var worst = 0;
        var worstRatio = -1.0;
        var outside = 0;
        for (var i = 0; i < actual.Data.Length; i++)
        {
            var a = actual.Data[i];
            if (!double.IsFinite(a))
            {
                notFinite++;
                if (firstNotFinite < 0)
                {
                    firstNotFinite = i;
                }
                continue;
            }
            var error = Math.Abs(a - expected.Data[i]);
            var allowed = tolerance.Allowed(expected.Data[i]);
            if (error > allowed)
            {
                outside++;
            }
            var ratio = error / allowed;
            if (ratio > worstRatio)
            {
                worstRatio = ratio;
                worst = i;
            }
        }

        if (notFinite > 0)
        {
            return new Comparison(ComparisonKind.NotFinite, expected, actual, tolerance, firstNotFinite, notFinite);
        }
        var kind = outside == 0 ? ComparisonKind.Close : ComparisonKind.NotClose;
        return new Comparison(kind, expected, actual, tolerance, worst, outside);
    }

    public static bool IsClose(NumericArray expected, NumericArray actual, Tolerance tolerance) =>
        Compare(expected, actual, tolerance).IsClose;
}
