using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Numerics;

/// <summary>A scalar, vector or matrix of doubles, stored row-major: the one value type of fixtures and outputs.</summary>
public sealed class NumericArray
{
    public NumericArray(int[] shape, double[] data)
    {
        if (shape.Length > 2)
        {
            throw new ArgumentException($"Rank {shape.Length} is not supported; use a scalar, vector or matrix.", nameof(shape));
        }
        var count = shape.Aggregate(1, (product, length) => product * length);
        if (count != data.Length)
        {
            throw new ArgumentException($"Shape {FormatShape(shape)} needs {count} values, got {data.Length}.", nameof(data));
        }
        Shape = shape;
        Data = data;
    }

    public int[] Shape { get; }

    public double[] Data { get; }

    public int Rank => Shape.Length;

    public static NumericArray Scalar(double value) => new([], [value]);

    public static NumericArray FromVector(Vector<double> vector) => new([vector.Count], vector.ToArray());

    public static NumericArray FromVector(IReadOnlyList<double> values) => new([values.Count], values.ToArray());

    public static NumericArray FromMatrix(Matrix<double> matrix) =>
        new([matrix.RowCount, matrix.ColumnCount], matrix.ToRowMajorArray());

    public Vector<double> ToVector()
    {
        RequireRank(1);
        return Vector<double>.Build.DenseOfArray((double[])Data.Clone());
    }

    public Matrix<double> ToMatrix()
    {
        RequireRank(2);
        return Matrix<double>.Build.DenseOfRowMajor(Shape[0], Shape[1], Data);
    }

    public double ToScalar()
    {
        RequireRank(0);
        return Data[0];
    }

    public NumericArray Transpose()
    {
        RequireRank(2);
        return FromMatrix(ToMatrix().Transpose());
    }

    public bool SameShapeAs(NumericArray other) => Shape.SequenceEqual(other.Shape);

    /// <summary>The multi-index of a flat position, as shown to students: <c>[row, column]</c>.</summary>
    public string FormatIndex(int flat) => Rank switch
    {
        0 => "(scalar)",
        1 => $"[{flat}]",
        _ => $"[{flat / Shape[1]}, {flat % Shape[1]}]",
    };

    public string ShapeText => FormatShape(Shape);

    public static string FormatShape(int[] shape) => shape.Length switch
    {
        0 => "scalar",
        1 => $"vector of length {shape[0]}",
        _ => $"{shape[0]}×{shape[1]} matrix",
    };

    public override string ToString() =>
        $"{ShapeText}: {string.Join(", ", Data.Take(6).Select(v => v.ToString("G6", CultureInfo.InvariantCulture)))}{(Data.Length > 6 ? ", …" : "")}";

    private void RequireRank(int rank)
    {
        if (Rank != rank)
        {
            throw new InvalidOperationException($"Expected rank {rank}, this is a {ShapeText}.");
        }
    }
}
