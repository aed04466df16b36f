using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.InfoGan;

/// <summary>What a trained generator draws at the codes the measurement asks for, drawn where the generator runs:
/// 30 images per category at random codes and noise, the sweeps of each continuous code (9 steps from −1 to 1 with the
/// category, the noise and the other code held; 10 categories × 5 noises), and the picture grids. The codes and the
/// noise come from the measurement seed. <see cref="InfoGanMeasurement"/> scores them in the grader's process.</summary>
/// <param name="Categorical">The images for the NMI, category by category, <see cref="NoiseDrawsPerCategory"/> each.</param>
/// <param name="Sweeps">Per continuous code, its sweeps' images one sweep after the other; the sweeps stop after the first
/// that has a grey level that is not finite (that code's ρ is then not finite, and no further codes are drawn for it).</param>
/// <param name="Grid">Per continuous code, 10 rows (categories) × <see cref="GridColumns"/> images, one row after the other.</param>
internal sealed record InfoGanSamples(float[][] Categorical, float[][][] Sweeps, float[][] Grid)
{
    public const int Categories = 10;
    public const int Codes = 2;
    public const int GridColumns = 7;
    public const int NoiseDrawsPerCategory = 30;
    public const int SweepNoiseDraws = 5;
    public const int SweepSteps = 9;

    /// <summary>The sweeps of one code when every image is finite.</summary>
    public const int SweepsPerCode = Categories * SweepNoiseDraws;

    /// <summary>The names under which Invoke records the images for the grader (the grid is the <c>grid</c> quantity).</summary>
    public static readonly string[] RecordedNames = ["measured_categorical", "measured_sweeps_c1", "measured_sweeps_c2"];

    /// <summary>The swept values of a code, −1 to 1.</summary>
    public static double[] SweepValues() => Enumerable.Range(0, SweepSteps).Select(j => -1 + 2.0 * j / (SweepSteps - 1)).ToArray();

    /// <summary>Calls <paramref name="gan"/>'s Generate at every code of the measurement, in the measurement's order.</summary>
    /// <exception cref="InvalidDataException">Generate returned null or an image that is not 784 grey levels.</exception>
    public static InfoGanSamples Draw(IInfoGan gan, int noiseSize, int seed)
    {
        var random = new DigitRandom((ulong)seed);
        double[] Noise() => Enumerable.Range(0, noiseSize).Select(_ => random.Normal()).ToArray();
        var categorical = new List<float[]>();
        for (var category = 0; category < Categories; category++)
        {
            for (var n = 0; n < NoiseDrawsPerCategory; n++)
            {
                var codes = new[] { random.Uniform(-1, 1), random.Uniform(-1, 1) };
                categorical.Add(Generate(gan, category, codes, Noise()));
            }
        }
        var sweeps = Enumerable.Range(0, Codes).Select(code => SweepImages(gan, code, random, Noise)).ToArray();
        var grid = Enumerable.Range(0, Codes).SelectMany(code => GridImages(gan, code, Noise())).ToArray();
        return new InfoGanSamples([.. categorical], sweeps, grid);
    }

    /// <summary>Records the images under <see cref="RecordedNames"/> and the grid as the <c>grid</c> quantity.</summary>
    public void Record(CaseOutcomeBuilder outcome)
    {
        outcome.Record(RecordedNames[0], Images(Categorical), "Generate");
        for (var code = 0; code < Codes; code++)
        {
            outcome.Record(RecordedNames[1 + code], Images(Sweeps[code]), "Generate");
        }
        outcome.Record("grid", Images(Grid), "Generate");
    }

    /// <summary>The samples recorded under <see cref="RecordedNames"/> and <c>grid</c>; null when one is missing. The
    /// grey levels are floats carried as doubles, so they read back exactly.</summary>
    /// <exception cref="InvalidDataException">A recorded array is not a stack of 784-pixel images of the counts the
    /// measurement draws.</exception>
    public static InfoGanSamples? Read(IReadOnlyDictionary<string, NumericArray> outputs)
    {
        var arrays = RecordedNames.Append("grid").Select(name => outputs.GetValueOrDefault(name)).ToArray();
        if (arrays.Any(a => a is null))
        {
            return null;
        }
        var categorical = Rows(arrays[0]!, Categories * NoiseDrawsPerCategory, "the categorical code's images");
        var sweeps = Enumerable.Range(0, Codes).Select(code => SweepRows(arrays[1 + code]!, code)).ToArray();
        var grid = Rows(arrays[^1]!, Codes * Categories * GridColumns, "the grid");
        return new InfoGanSamples(categorical, sweeps, grid);
    }

    private static float[][] SweepImages(IInfoGan gan, int code, DigitRandom random, Func<double[]> noiseOf)
    {
        var images = new List<float[]>();
        var values = SweepValues();
        for (var category = 0; category < Categories; category++)
        {
            for (var n = 0; n < SweepNoiseDraws; n++)
            {
                var noise = noiseOf();
                var held = random.Uniform(-1, 1) * 0.5;
                var sweep = values.Select(v => Generate(gan, category, Codes2(code, v, held), noise)).ToArray();
                images.AddRange(sweep);
                if (!sweep.All(AllFinite))
                {
                    return [.. images];
                }
            }
        }
        return [.. images];
    }

    private static IEnumerable<float[]> GridImages(IInfoGan gan, int code, double[] noise)
    {
        for (var category = 0; category < Categories; category++)
        {
            for (var j = 0; j < GridColumns; j++)
            {
                yield return Generate(gan, category, Codes2(code, -1 + 2.0 * j / (GridColumns - 1), 0), noise);
            }
        }
    }

    private static double[] Codes2(int code, double swept, double held) => code == 0 ? [swept, held] : [held, swept];

    private static float[] Generate(IInfoGan gan, int category, double[] codes, double[] noise)
    {
        var image = gan.Generate(category, (double[])codes.Clone(), (double[])noise.Clone())
                    ?? throw new InvalidDataException("Generate returned null.");
        return image.Length == DigitRenderer.Pixels
            ? image
            : throw new InvalidDataException($"Generate returned {image.Length} grey levels; an image has 784 (28×28).");
    }

    internal static bool AllFinite(float[] image) => image.All(float.IsFinite);

    private static NumericArray Images(float[][] images) =>
        new([images.Length, DigitRenderer.Pixels], images.SelectMany(i => i.Select(v => (double)v)).ToArray());

    private static float[][] Rows(NumericArray array, int count, string what)
    {
        if (array.Rank != 2 || array.Shape[0] != count || array.Shape[1] != DigitRenderer.Pixels)
        {
            throw new InvalidDataException($"{what}: expected {count}×{DigitRenderer.Pixels}, got a {array.ShapeText}");
        }
        return Enumerable.Range(0, count)
            .Select(r => array.Data.AsSpan(r * DigitRenderer.Pixels, DigitRenderer.Pixels).ToArray().Select(v => (float)v).ToArray())
            .ToArray();
    }

    /// <summary>A code's sweeps: all of them, or fewer when the last one recorded has a grey level that is not finite.</summary>
    private static float[][] SweepRows(NumericArray array, int code)
    {
        var what = $"the sweeps of c{code + 1}";
        var count = array.Rank == 2 ? array.Shape[0] : -1;
        if (count <= 0 || count % SweepSteps != 0 || count > SweepsPerCode * SweepSteps)
        {
            throw new InvalidDataException($"{what}: expected whole sweeps of {SweepSteps} images, at most {SweepsPerCode}, got a {array.ShapeText}");
        }
        var rows = Rows(array, count, what);
        if (count < SweepsPerCode * SweepSteps && rows[^SweepSteps..].All(AllFinite))
        {
            throw new InvalidDataException($"{what}: {count / SweepSteps} of {SweepsPerCode} sweeps, and the last one is finite");
        }
        return rows;
    }
}
