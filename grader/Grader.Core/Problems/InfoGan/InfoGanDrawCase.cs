using Grader.Contracts;
using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.InfoGan;

/// <summary>A case of <c>infogan</c> that judges <see cref="IInfoGan.DrawBatch"/> by the statistics of two batches of
/// one epoch. Its images spell their own index (11 bits, each over 64 pixels), so that a drawn image is recognised
/// through its instance noise and what was added to it is known exactly.</summary>
internal static class InfoGanDrawCase
{
    private const int Bits = 11;
    private const int BitPixels = 64;
    private const double NoiseDeviation = 0.3;

    public static readonly IReadOnlyList<(string Name, double Low, double High)> ImageBounds =
    [
        ("share of rows that are images of the data", 1, 1),
        ("share of images used once in the two batches", 1, 1),
        // A shuffled epoch puts about half of the first half of the data in its first half (deviation 0.011).
        ("share of the first batch's images from the first half of the data", 0.44, 0.56),
        ("mean of the real images' instance noise", -0.005, 0.005),
        ("deviation of the real images' instance noise", NoiseDeviation - 0.01, NoiseDeviation + 0.01),
    ];

    public static readonly IReadOnlyList<(string Name, double Low, double High)> CategoryBounds =
    [
        ("lowest category", 0, 9),
        ("highest category", 0, 9),
        // χ² of the counts against uniform, 9 degrees of freedom: 50 is exceeded with probability about 1e-7.
        ("χ² of the category counts against uniform", 0, 50),
    ];

    // Bounds about ±5 standard errors for a batch of 1000: a uniform code's mean has error 0.018 and its variance
    // 0.0094; a standard normal's variance 0.045.
    public static readonly IReadOnlyList<(string Name, double Low, double High)> CodeBounds =
    [
        ("lowest c1", -1, -0.95), ("highest c1", 0.95, 1), ("mean of c1", -0.09, 0.09), ("variance of c1", 1.0 / 3 - 0.05, 1.0 / 3 + 0.05),
        ("lowest c2", -1, -0.95), ("highest c2", 0.95, 1), ("mean of c2", -0.09, 0.09), ("variance of c2", 1.0 / 3 - 0.05, 1.0 / 3 + 0.05),
        ("rows of codes repeated within or across the two batches", 0, 0),
    ];

    public static readonly IReadOnlyList<(string Name, double Low, double High)> NoiseBounds =
    [
        ("largest |mean| of a column of z", 0, 0.16),
        ("smallest variance of a column of z", 0.75, 1.25),
        ("largest variance of a column of z", 0.75, 1.25),
    ];

    public static readonly IReadOnlyList<(string Name, double Low, double High)> InstanceNoiseBounds =
    [
        ("mean of the generated images' instance noise", -0.005, 0.005),
        ("deviation of the generated images' instance noise", NoiseDeviation - 0.01, NoiseDeviation + 0.01),
    ];

    public static bool IsDraw(IReadOnlyDictionary<string, NumericArray> inputs) => inputs.ContainsKey("draw_seed");

    /// <summary><paramref name="count"/> (at most 2048) images, image i showing the bits of i as blocks of 0 and 1.</summary>
    public static float[][] IndexedImages(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var image = Enumerable.Repeat(0.5f, 784).ToArray();
        for (var bit = 0; bit < Bits; bit++)
        {
            image.AsSpan(bit * BitPixels, BitPixels).Fill((i >> bit) & 1);
        }
        return image;
    }).ToArray();

    /// <summary>What is wrong with the shape of a batch of <paramref name="size"/> (every part present); null when nothing.</summary>
    public static string? ShapeProblem(InfoGanStepBatch batch, int size, int noise) => batch switch
    {
        _ when batch.Real.RowCount != size || batch.Real.ColumnCount != 784 => $"Real is {batch.Real.RowCount}×{batch.Real.ColumnCount}, not {size}×784",
        _ when batch.Categories.Length != size => $"Categories has {batch.Categories.Length} entries, not {size}",
        _ when batch.Continuous.RowCount != size || batch.Continuous.ColumnCount != 2 => $"Continuous is {batch.Continuous.RowCount}×{batch.Continuous.ColumnCount}, not {size}×2",
        _ when batch.Noise.RowCount != size || batch.Noise.ColumnCount != noise => $"Noise is {batch.Noise.RowCount}×{batch.Noise.ColumnCount}, not {size}×{noise}",
        _ when batch.FakeInstanceNoise.RowCount != size || batch.FakeInstanceNoise.ColumnCount != 784 =>
            $"FakeInstanceNoise is {batch.FakeInstanceNoise.RowCount}×{batch.FakeInstanceNoise.ColumnCount}, not {size}×784",
        _ => null,
    };

    /// <summary>The real rows' images and noise: which data image each row shows, judged by its bits' block means.</summary>
    public static double[] ImageStatistics(InfoGanStepBatch first, InfoGanStepBatch second, float[][] images)
    {
        var used = new Dictionary<int, int>();
        var residuals = new List<double>();
        var firstIndices = new List<int>();
        var recognised = 0;
        foreach (var (real, isFirst) in new[] { (first.Real, true), (second.Real, false) })
        {
            for (var n = 0; n < real.RowCount; n++)
            {
                var row = real.Row(n);
                var index = 0;
                for (var bit = 0; bit < Bits; bit++)
                {
                    index |= (row.SubVector(bit * BitPixels, BitPixels).Average() > 0.5 ? 1 : 0) << bit;
                }
                if (index >= images.Length)
                {
                    continue;
                }
                recognised++;
                used[index] = used.GetValueOrDefault(index) + 1;
                if (isFirst)
                {
                    firstIndices.Add(index);
                }
                else
                {
                    residuals.AddRange(row.Select((v, p) => v - images[index][p]));
                }
            }
        }
        var rows = first.Real.RowCount + second.Real.RowCount;
        var early = firstIndices.Count(i => i < images.Length / 2) / (double)Math.Max(firstIndices.Count, 1);
        return [(double)recognised / rows, (double)used.Values.Count(c => c == 1) / rows, early, Mean(residuals), Deviation(residuals)];
    }

    public static double[] CategoryStatistics(InfoGanStepBatch batch)
    {
        var counts = new double[10];
        foreach (var k in batch.Categories.Where(k => k is >= 0 and < 10))
        {
            counts[k]++;
        }
        var expected = batch.Categories.Length / 10.0;
        return [batch.Categories.Min(), batch.Categories.Max(), counts.Sum(c => (c - expected) * (c - expected) / expected)];
    }

    public static double[] CodeStatistics(InfoGanStepBatch first, InfoGanStepBatch second)
    {
        var statistics = new List<double>();
        foreach (var column in second.Continuous.EnumerateColumns())
        {
            statistics.AddRange([column.Minimum(), column.Maximum(), Mean(column), Variance(column)]);
        }
        var rows = first.Continuous.EnumerateRows().Concat(second.Continuous.EnumerateRows()).Select(r => (r[0], r[1])).ToArray();
        statistics.Add(rows.Length - rows.Distinct().Count());
        return [.. statistics];
    }

    public static double[] NoiseStatistics(InfoGanStepBatch batch)
    {
        var columns = batch.Noise.EnumerateColumns().ToArray();
        return [columns.Max(c => Math.Abs(Mean(c))), columns.Min(Variance), columns.Max(Variance)];
    }

    public static double[] InstanceNoiseStatistics(InfoGanStepBatch batch)
    {
        var values = batch.FakeInstanceNoise.Enumerate().ToArray();
        return [Mean(values), Deviation(values)];
    }

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Average();

    private static double Variance(Vector<double> values) => (values - Mean(values)).PointwisePower(2).Average();

    private static double Deviation(IReadOnlyCollection<double> values)
    {
        var mean = Mean(values);
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }
}
