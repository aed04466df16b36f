using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Toolkit;

/// <summary>CSV features and labels round-trip exactly, without a header, with LF line ends.</summary>
public sealed class CsvDataTests
{
    [Test]
    public void Features_round_trip_to_the_same_doubles()
    {
        var matrix = Matrix<double>.Build.DenseOfArray(new[,] { { 0.1, -2.5, 1e-17 }, { 1.0 / 3, 12345.678, -0.0 } });
        var text = CsvData.FormatMatrix(matrix);
        Assert.That(text, Does.StartWith("0.1,-2.5,1E-17\n"));
        Assert.That(CsvData.ParseMatrix(text), Is.EqualTo(matrix));
    }

    [Test]
    public void Labels_round_trip_one_per_line()
    {
        int[] labels = [0, 1, 1, 0, 2];
        Assert.That(CsvData.FormatLabels(labels), Is.EqualTo("0\n1\n1\n0\n2\n"));
        Assert.That(CsvData.ParseLabels(CsvData.FormatLabels(labels)), Is.EqualTo(labels));
    }

    [TestCase("1,2\n3\n")]
    [TestCase("")]
    [TestCase("1,x\n")]
    public void Ragged_empty_or_non_numeric_features_are_refused(string text) =>
        Assert.That(() => CsvData.ParseMatrix(text), Throws.InstanceOf<FormatException>());

    [Test]
    public void Files_are_written_and_read_back()
    {
        var path = Path.GetTempFileName();
        try
        {
            var matrix = Matrix<double>.Build.Dense(3, 2, (r, c) => r - 0.5 * c);
            CsvData.WriteMatrix(path, matrix);
            Assert.That(CsvData.ReadMatrix(path), Is.EqualTo(matrix));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
