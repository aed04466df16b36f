using Grader.Core.Numerics;

namespace Grader.Core.Execution.Wire;

/// <summary>A <see cref="NumericArray"/> as it crosses the runner channel; NaN and ∞ travel as named literals.</summary>
public sealed record WireArray(int[] Shape, double[] Data)
{
    public static WireArray From(NumericArray array) => new(array.Shape, array.Data);

    public NumericArray ToArray() => new(Shape, Data);
}
