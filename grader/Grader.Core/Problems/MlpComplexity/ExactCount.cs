using System.Globalization;
using System.Numerics;
using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.MlpComplexity;

/// <summary>A count carried as <see cref="DecimalLimbs"/> must equal the reference's count exactly; a failure reads in
/// decimal digits, not limbs, and says by how much and by what factor the count is off, or that a negative count wrapped
/// around.</summary>
internal sealed class ExactCount(string what) : ICheckCriterion
{
    public string Description => $"{what} equals the count by construction exactly";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (expected is null)
        {
            return new CriterionVerdict(CheckStatus.NotGraded, "the fixture has no count to compare with; regenerate the fixtures.");
        }
        var (mine, truth) = (DecimalLimbs.Decode(actual.Data), DecimalLimbs.Decode(expected.Data));
        if (mine == truth)
        {
            return CriterionVerdict.Pass;
        }
        if (mine.Sign < 0)
        {
            return CriterionVerdict.Wrong($"you gave {Format(mine)}, a negative count: a 64-bit (or 32-bit) product overflowed and wrapped around " +
                $"(the count is {Format(truth)})");
        }
        var difference = mine - truth;
        return CriterionVerdict.Wrong($"you gave {Format(mine)}, the count is {Format(truth)} " +
            $"(off by {(difference.Sign > 0 ? "+" : "")}{Format(difference)}{Ratio(mine, truth)})");
    }

    /// <summary>", 3 times the count" when the two differ by a factor (a term of the wrong order), else nothing.</summary>
    private static string Ratio(BigInteger mine, BigInteger truth)
    {
        if (truth.IsZero || mine.IsZero)
        {
            return "";
        }
        var ratio = Math.Exp(BigInteger.Log(mine) - BigInteger.Log(truth));
        return Math.Abs(ratio - 1) < 0.01 ? "" : string.Create(CultureInfo.InvariantCulture, $", {ratio:G3} times the count");
    }

    public static string Format(BigInteger value) =>
        BigInteger.Abs(value) < BigInteger.Pow(10, 30)
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("E6", CultureInfo.InvariantCulture);
}
