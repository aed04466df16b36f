using Grader.Core.Numerics;

namespace Reference.Generator.Fixtures;

/// <summary>Fixture inputs drawn element by element.</summary>
public static class InputArrays
{
    /// <summary>An array of <paramref name="shape"/> whose elements are <paramref name="next"/>'s draws in row-major
    /// order (the order the fixtures were always drawn in, so that they regenerate bit for bit).</summary>
    public static NumericArray Draw(int[] shape, Func<double> next)
    {
        var data = new double[shape.Aggregate(1, (a, b) => a * b)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = next();
        }
        return new NumericArray(shape, data);
    }
}
