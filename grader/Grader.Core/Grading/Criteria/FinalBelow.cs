using System.Globalization;
using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>The last element of a curve (or a scalar) must be finite and below <paramref name="target"/>: a loss target.</summary>
/// <param name="what">What the values are, e.g. "the loss J".</param>
/// <param name="step">What one step of the curve is, e.g. "epoch".</param>
public sealed class FinalBelow(double target, string what, string step) : ICheckCriterion
{
    public double Target => target;

    public string Description => $"{what} ends below {Format(target)}";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        var curve = actual.Rank == 2 ? actual.Data.AsSpan(actual.Data.Length - actual.Shape[1]).ToArray() : actual.Data;
        if (curve.Length == 0)
        {
            return CriterionVerdict.Shape($"{what}: the curve is empty");
        }
        var firstBad = Array.FindIndex(curve, v => !double.IsFinite(v));
        if (firstBad >= 0)
        {
            var before = firstBad > 0 ? curve[firstBad - 1] : double.NaN;
            return CriterionVerdict.NotFinite(
                $"{what} became {Format(curve[firstBad])} at {step} {firstBad} (it was {Format(before)} before): the run diverged");
        }
        var last = curve[^1];
        if (last < target)
        {
            return CriterionVerdict.Pass;
        }
        var best = Array.IndexOf(curve, curve.Min());
        return CriterionVerdict.Wrong(
            $"{what} is {Format(last)} after {curve.Length - 1} {step}s, not below {Format(target)} " +
            $"(it started at {Format(curve[0])}; the lowest was {Format(curve[best])} at {step} {best})");
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
