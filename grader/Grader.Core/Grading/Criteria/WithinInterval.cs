using System.Globalization;
using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>Every element must lie in the half-open interval (lower, upper]: a property such as 0 &lt; σ'(r) ≤ 1/4.</summary>
public sealed class WithinInterval(double lowerExclusive, double upperInclusive, string what) : ICheckCriterion
{
    public string Description => $"every {what} lies in ({Format(lowerExclusive)}, {Format(upperInclusive)}]";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (expected is not null && !expected.SameShapeAs(actual))
        {
            return CriterionVerdict.Shape($"expected a {expected.ShapeText}, got a {actual.ShapeText}");
        }
        for (var i = 0; i < actual.Data.Length; i++)
        {
            var value = actual.Data[i];
            if (!double.IsFinite(value))
            {
                return CriterionVerdict.NotFinite($"element {actual.FormatIndex(i)} is {Format(value)}");
            }
            if (!(value > lowerExclusive && value <= upperInclusive))
            {
                return CriterionVerdict.Wrong(
                    $"element {actual.FormatIndex(i)} is {Format(value)}, outside ({Format(lowerExclusive)}, {Format(upperInclusive)}]");
            }
        }
        return CriterionVerdict.Pass;
    }

    private static string Format(double value) => value.ToString("G9", CultureInfo.InvariantCulture);
}
