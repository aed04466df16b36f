using Grader.Contracts;

namespace Grader.Core.Problems.InfoGan;

/// <summary>Measures what the codes of a trained generator control: the categorical code against the classifier's digit
/// (normalised mutual information), each continuous code against slant and stroke width by image moments (Spearman ρ
/// over a sweep with the category, the noise and the other code held), and the picture grids.</summary>
public sealed class InfoGanMeasurement(DigitClassifier classifier, int noiseSize, int seed)
{
    public const int Categories = 10;
    public const int Codes = 2;
    public const int GridColumns = 7;
    private const int NoiseDrawsPerCategory = 30;
    private const int SweepNoiseDraws = 5;
    private const int SweepSteps = 9;
    private const int ImageFactorCount = 2;

    public static readonly string[] FactorNames = ["slant", "stroke width"];

    public InfoGanScores Measure(IInfoGan gan)
    {
        var random = new DigitRandom((ulong)seed);
        var categories = new List<int>();
        var images = new List<float[]>();
        for (var category = 0; category < Categories; category++)
        {
            for (var n = 0; n < NoiseDrawsPerCategory; n++)
            {
                var codes = new[] { random.Uniform(-1, 1), random.Uniform(-1, 1) };
                images.Add(Generate(gan, category, codes, Noise(random)));
                categories.Add(category);
            }
        }
        var finite = images.All(AllFinite);
        var nmi = finite ? NormalisedMutualInformation.Of(categories, classifier.Predict(images)) : double.NaN;
        var ranks = Enumerable.Range(0, Codes).Select(code => SweepRanks(gan, code, random)).ToArray();
        var grid = Enumerable.Range(0, Codes).SelectMany(code => GridImages(gan, code, Noise(random))).ToArray();
        return new InfoGanScores(nmi, ranks, grid);
    }

    /// <summary>Mean ρ of the code with each factor over sweeps of every category and several noises.</summary>
    private double[] SweepRanks(IInfoGan gan, int code, DigitRandom random)
    {
        var sums = new double[ImageFactorCount];
        var runs = 0;
        var values = Enumerable.Range(0, SweepSteps).Select(j => -1 + 2.0 * j / (SweepSteps - 1)).ToArray();
        for (var category = 0; category < Categories; category++)
        {
            for (var n = 0; n < SweepNoiseDraws; n++)
            {
                var noise = Noise(random);
                var held = random.Uniform(-1, 1) * 0.5;
                var sweep = values.Select(v => Generate(gan, category, Codes2(code, v, held), noise)).ToArray();
                if (!sweep.All(AllFinite))
                {
                    return [double.NaN, double.NaN];
                }
                sums[0] += RankCorrelation.Spearman(values, sweep.Select(i => ImageMoments.Slant(i)).ToArray());
                sums[1] += RankCorrelation.Spearman(values, sweep.Select(i => ImageMoments.StrokeWidth(i)).ToArray());
                runs++;
            }
        }
        return sums.Select(s => s / runs).ToArray();
    }

    private IEnumerable<float[]> GridImages(IInfoGan gan, int code, double[] noise)
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

    private double[] Noise(DigitRandom random) => Enumerable.Range(0, noiseSize).Select(_ => random.Normal()).ToArray();

    private static float[] Generate(IInfoGan gan, int category, double[] codes, double[] noise)
    {
        var image = gan.Generate(category, (double[])codes.Clone(), (double[])noise.Clone())
                    ?? throw new InvalidDataException("Generate returned null.");
        return image.Length == DigitRenderer.Pixels
            ? image
            : throw new InvalidDataException($"Generate returned {image.Length} grey levels; an image has 784 (28×28).");
    }

    private static bool AllFinite(float[] image) => image.All(float.IsFinite);
}
