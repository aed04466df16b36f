using Grader.Contracts;
using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>Measures what the codes of a trained generator control: the categorical code against the classifier's digit
/// (normalised mutual information), each continuous code against slant and stroke width by image moments (Spearman ρ
/// over a sweep with the category, the noise and the other code held), and the picture grids.</summary>
/// <remarks>In grading, the generator's images are drawn in the runner (<see cref="InfoGanSamples"/>) and scored here,
/// in the grader's process, by a classifier the grader trained; <see cref="Measure"/> does both in one process, for the
/// calibration and the tests.</remarks>
[GraderSide]
public sealed class InfoGanMeasurement(DigitClassifier classifier, int noiseSize, int seed)
{
    public const int Categories = InfoGanSamples.Categories;
    public const int Codes = InfoGanSamples.Codes;
    public const int GridColumns = InfoGanSamples.GridColumns;
    private const int ImageFactorCount = 2;

    public static readonly string[] FactorNames = ["slant", "stroke width"];

    /// <summary>Draws the measurement's images from <paramref name="gan"/> and scores them.</summary>
    public InfoGanScores Measure(IInfoGan gan) => Score(InfoGanSamples.Draw(gan, noiseSize, seed));

    /// <summary>Scores images drawn at the measurement's codes.</summary>
    internal InfoGanScores Score(InfoGanSamples samples)
    {
        var categories = Enumerable.Range(0, Categories).SelectMany(c => Enumerable.Repeat(c, InfoGanSamples.NoiseDrawsPerCategory)).ToArray();
        var nmi = samples.Categorical.All(InfoGanSamples.AllFinite)
            ? NormalisedMutualInformation.Of(categories, classifier.Predict(samples.Categorical))
            : double.NaN;
        var ranks = samples.Sweeps.Select(SweepRanks).ToArray();
        return new InfoGanScores(nmi, ranks, samples.Grid);
    }

    /// <summary>Mean ρ of the code with each factor over its sweeps (every category and several noises).</summary>
    private static double[] SweepRanks(float[][] images)
    {
        var sums = new double[ImageFactorCount];
        var runs = 0;
        var values = InfoGanSamples.SweepValues();
        foreach (var sweep in images.Chunk(InfoGanSamples.SweepSteps))
        {
            if (!sweep.All(InfoGanSamples.AllFinite))
            {
                return [double.NaN, double.NaN];
            }
            sums[0] += RankCorrelation.Spearman(values, sweep.Select(i => ImageMoments.Slant(i)).ToArray());
            sums[1] += RankCorrelation.Spearman(values, sweep.Select(i => ImageMoments.StrokeWidth(i)).ToArray());
            runs++;
        }
        return sums.Select(s => s / runs).ToArray();
    }
}
