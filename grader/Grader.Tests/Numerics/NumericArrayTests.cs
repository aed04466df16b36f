using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Numerics;

public sealed class NumericArrayTests
{
    [Test]
    public void Matrices_are_row_major_and_round_trip_through_MathNet()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        var array = NumericArray.FromMatrix(matrix);
        Assert.That(array.Shape, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(array.Data, Is.EqualTo(new double[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(array.ToMatrix(), Is.EqualTo(matrix));
        Assert.That(array.FormatIndex(4), Is.EqualTo("[1, 1]"));
        Assert.That(array.Transpose().Data, Is.EqualTo(new double[] { 1, 4, 2, 5, 3, 6 }));
    }

    [Test]
    public void A_shape_that_does_not_fit_the_data_is_refused()
    {
        Assert.That(() => new NumericArray([2, 2], [1, 2, 3]), Throws.ArgumentException.With.Message.Contains("needs 4 values"));
        Assert.That(() => new NumericArray([1, 1, 1], [1]), Throws.ArgumentException);
    }
}
