using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Execution;

/// <summary>Converts what a contract method returned into a <see cref="NumericArray"/>.</summary>
internal static class OutputConversion
{
    /// <summary>Null for a null value; throws <see cref="NotSupportedException"/> for a type no contract returns.</summary>
    public static NumericArray? ToArray(object? value) => value switch
    {
        null => null,
        NumericArray array => array,
        double scalar => NumericArray.Scalar(scalar),
        Vector<double> vector => NumericArray.FromVector(vector),
        Matrix<double> matrix => NumericArray.FromMatrix(matrix),
        IReadOnlyList<double> list => NumericArray.FromVector(list),
        _ => throw new NotSupportedException($"A value of type {value.GetType().FullName} is not a number, vector or matrix."),
    };
}
