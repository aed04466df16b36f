using System.Globalization;

namespace Grader.Core.Numerics;

/// <summary>The result of comparing an actual array with an expected one: the worst element and how far off it is.</summary>
/// <param name="WorstIndex">Flat index of the element whose error is largest relative to what is allowed there (or of the first NaN/∞).</param>
/// <param name="ElementsOutside">How many elements are outside the tolerance.</param>
public sealed record Comparison(
    ComparisonKind Kind,
    NumericArray Expected,
    NumericArray Actual,
    Tolerance Tolerance,
    int WorstIndex,
    int ElementsOutside)
{
    public bool IsClose => Kind == ComparisonKind.Close;

    public double WorstExpected => Expected.Data[WorstIndex];

    public double WorstActual => Actual.Data[WorstIndex];

    public double WorstError => Math.Abs(WorstActual - WorstExpected);

    public double WorstAllowed => Tolerance.Allowed(WorstExpected);

    /// <summary>One sentence for a student: where, expected, actual, error against the tolerance.</summary>
    public string Describe() => Kind switch
    {
        ComparisonKind.Close => "within tolerance",
        ComparisonKind.ShapeMismatch =>
            $"expected a {Expected.ShapeText}, got a {Actual.ShapeText}",
        ComparisonKind.NotFinite =>
            $"element {Actual.FormatIndex(WorstIndex)} is {Format(WorstActual)} (expected {Format(WorstExpected)}); " +
            $"{ElementsOutside} of {Actual.Data.Length} elements are NaN or infinite",
        _ =>
            $"worst element {Actual.FormatIndex(WorstIndex)}: expected {Format(WorstExpected)}, got {Format(WorstActual)}, " +
            $"error {Short(WorstError)} > allowed {Short(WorstAllowed)} ({Tolerance}); " +
            $"{ElementsOutside} of {Actual.Data.Length} elements outside the tolerance",
    };

    private static string Format(double value) => value.ToString("G9", CultureInfo.InvariantCulture);

    private static string Short(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
