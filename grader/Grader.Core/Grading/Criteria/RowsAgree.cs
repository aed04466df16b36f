using System.Globalization;
using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>A 2×k matrix whose first row is what the student reported and whose second row is what the grader
/// recomputed from the student's other outputs: the two rows must agree within <paramref name="tolerance"/>.</summary>
/// <param name="reported">What the first row is, e.g. "the reported loss".</param>
/// <param name="recomputed">What the second row is, e.g. "J of the returned weights".</param>
/// <param name="step">What one column is, e.g. "epoch".</param>
public sealed class RowsAgree(Tolerance tolerance, string reported, string recomputed, string step) : ICheckCriterion
{
    public string Description => $"{reported} equals {recomputed} at every {step} ({tolerance})";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (actual.Rank != 2 || actual.Shape[0] != 2 || actual.Shape[1] == 0)
        {
            return CriterionVerdict.Shape($"expected two rows of at least one {step}, got a {actual.ShapeText}");
        }
        var length = actual.Shape[1];
        var claimed = new NumericArray([length], actual.Data[..length]);
        var truth = new NumericArray([length], actual.Data[length..]);
        var badTruth = Array.FindIndex(truth.Data, v => !double.IsFinite(v));
        if (badTruth >= 0)
        {
            return CriterionVerdict.NotFinite($"{recomputed} at {step} {badTruth} is {Format(truth.Data[badTruth])}");
        }
        var comparison = AllClose.Compare(truth, claimed, tolerance);
        return comparison.Kind switch
        {
            ComparisonKind.Close => CriterionVerdict.Pass,
            ComparisonKind.NotFinite => CriterionVerdict.NotFinite(
                $"{reported} at {step} {comparison.WorstIndex} is {Format(comparison.WorstActual)}"),
            _ => CriterionVerdict.Wrong(
                $"at {step} {comparison.WorstIndex} {reported} is {Format(comparison.WorstActual)} but {recomputed} is " +
                $"{Format(comparison.WorstExpected)}; {comparison.ElementsOutside} of {length} {step}s disagree ({tolerance})"),
        };
    }

    private static string Format(double value) => value.ToString("G9", CultureInfo.InvariantCulture);
}
