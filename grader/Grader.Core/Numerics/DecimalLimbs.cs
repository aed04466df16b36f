using System.Numerics;

namespace Grader.Core.Numerics;

/// <summary>Carries an exact non-negative integer as doubles: base-10⁶ limbs, most significant first, left-padded with
/// zeros to a fixed width. Each limb is below 10⁶, so exact in a double, and the row reads as the decimal number.</summary>
public static class DecimalLimbs
{
    public const int Base = 1_000_000;

    public static double[] Encode(BigInteger value, int width)
    {
        if (value.Sign < 0)
        {
            throw new OverflowException($"{value} is negative; counts are not.");
        }
        var limbs = new double[width];
        for (var i = width - 1; i >= 0; i--)
        {
            limbs[i] = (double)(value % Base);
            value /= Base;
        }
        return value.IsZero ? limbs : throw new OverflowException($"The count needs more than {width} limbs of 10⁶.");
    }

    public static BigInteger Decode(IReadOnlyList<double> limbs)
    {
        BigInteger value = 0;
        foreach (var limb in limbs)
        {
            if (limb is < 0 or >= Base || limb != Math.Floor(limb))
            {
                throw new FormatException($"{limb} is not a limb (a whole number in [0, {Base})).");
            }
            value = value * Base + (long)limb;
        }
        return value;
    }

    /// <summary>The fewest limbs that hold <paramref name="value"/> (at least one).</summary>
    /// <remarks>Counted exactly: a floating-point log10 rounds 10²⁴ − 1 and 10²⁴ alike.</remarks>
    public static int WidthOf(BigInteger value)
    {
        var width = 1;
        for (var rest = BigInteger.Abs(value) / Base; !rest.IsZero; rest /= Base)
        {
            width++;
        }
        return width;
    }
}
