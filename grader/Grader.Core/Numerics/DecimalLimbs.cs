using System.Numerics;

namespace Grader.Core.Numerics;

/// <summary>Carries an exact integer as doubles: base-10⁶ limbs, most significant first, left-padded with zeros to a
/// fixed width. Each limb is below 10⁶ in size, so exact in a double, and the row reads as the decimal number; a negative
/// integer (a count that wrapped around, which the grader judges) has every limb negated.</summary>
public static class DecimalLimbs
{
    public const int Base = 1_000_000;

    public static double[] Encode(BigInteger value, int width)
    {
        var sign = value.Sign < 0 ? -1 : 1;
        value = BigInteger.Abs(value);
        var limbs = new double[width];
        for (var i = width - 1; i >= 0; i--)
        {
            limbs[i] = (double)(value % Base) * sign + 0.0;
            value /= Base;
        }
        return value.IsZero ? limbs : throw new OverflowException($"The count needs more than {width} limbs of 10⁶.");
    }

    /// <exception cref="FormatException">A limb is not a whole number of size below 10⁶, or limbs differ in sign.</exception>
    public static BigInteger Decode(IReadOnlyList<double> limbs)
    {
        var sign = limbs.Any(l => l < 0) ? -1 : 1;
        BigInteger value = 0;
        foreach (var limb in limbs)
        {
            var size = limb * sign;
            if (size is < 0 or >= Base || limb != Math.Floor(limb))
            {
                throw new FormatException($"{limb} is not a limb (a whole number in [0, {Base}), every one negated for a negative integer).");
            }
            value = value * Base + (long)size;
        }
        return value * sign;
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
