using Grader.Core.Numerics;

namespace Reference.Generator.Fixtures;

/// <summary>How the generator tells a wrong implementation's output from the right one, to decide which outputs a
/// recorded mistake keeps. It is the generator's own: fixtures are made without the grader's checks.</summary>
public static class OutputComparison
{
    /// <summary>Whether <paramref name="wrong"/> differs from <paramref name="right"/> beyond the quantity's tolerance
    /// (at all, when the tolerance is zero): another shape, a NaN or infinity, or an element off by more than
    /// atol + rtol·|right|.</summary>
    public static bool Differs(NumericArray right, NumericArray wrong, Tolerance tolerance)
    {
        if (!right.SameShapeAs(wrong))
        {
            return true;
        }
        for (var i = 0; i < wrong.Data.Length; i++)
        {
            var (r, w) = (right.Data[i], wrong.Data[i]);
            if (!double.IsFinite(w) || Math.Abs(w - r) > tolerance.Atol + tolerance.Rtol * Math.Abs(r))
            {
                return true;
            }
        }
        return false;
    }
}
