using System.Globalization;

namespace Grader.Core.Numerics;

/// <summary>An elementwise tolerance with numpy.allclose's meaning: |actual − expected| ≤ atol + rtol·|expected|.</summary>
/// <remarks>The default (rtol 1e-5, atol 1e-8) accepts any double-precision evaluation order and single-precision
/// arithmetic on GRU-sized sums (float's ε ≈ 6e-8 grows to ~1e-6 over a few hundred terms), and rejects every
/// recorded mistake, whose errors are of the order of the values themselves.</remarks>
public sealed record Tolerance(double Rtol, double Atol)
{
    public static readonly Tolerance Default = new(1e-5, 1e-8);

    public double Allowed(double expected) => Atol + Rtol * Math.Abs(expected);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rtol {Rtol:G3}, atol {Atol:G3}");
}
