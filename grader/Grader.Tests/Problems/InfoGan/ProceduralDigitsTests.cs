using Grader.Core.Problems.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The procedural digit set: fixed by its seed, balanced, in range, and its factors readable by the moments.</summary>
public sealed class ProceduralDigitsTests
{
    private static readonly DigitSet Data = ProceduralDigits.Generate(5, 600);

    [Test]
    public void The_same_seed_draws_the_same_images_and_another_seed_others()
    {
        var again = ProceduralDigits.Generate(5, 600);
        Assert.That(again.Images.Zip(Data.Images).All(p => p.First.SequenceEqual(p.Second)), Is.True);
        Assert.That(again.Factors, Is.EqualTo(Data.Factors));
        var other = ProceduralDigits.Generate(6, 600);
        Assert.That(other.Images[0].SequenceEqual(Data.Images[0]), Is.False);
    }

    [Test]
    public void Images_are_28_by_28_grey_levels_with_ink_and_balanced_digits()
    {
        Assert.That(Data.Images.Select(i => i.Length), Has.All.EqualTo(784));
        Assert.That(Data.Images.SelectMany(i => i), Has.All.InRange(0f, 1f));
        Assert.That(Data.Images.Select(i => i.Sum()), Has.All.GreaterThan(20f), "every digit has ink");
        Assert.That(Data.Images.Select(i => i[0] + i[27] + i[756] + i[783]), Has.All.EqualTo(0f), "corners stay empty");
        Assert.That(Data.Labels.GroupBy(l => l).Select(g => g.Count()), Has.All.EqualTo(60));
        Assert.That(Data.Images.Select(i => i.Count(v => v is > 0 and < 1)), Has.All.GreaterThan(10), "edges are anti-aliased");
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(4)]
    [TestCase(7)]
    public void Moments_rank_the_true_slant_and_stroke_width_of_each_digit(int digit)
    {
        var indices = Enumerable.Range(0, Data.Count).Where(i => Data.Labels[i] == digit).ToArray();
        var slant = RankCorrelation.Spearman(indices.Select(i => Data.Factors![i].Slant).ToArray(),
            indices.Select(i => ImageMoments.Slant(Data.Images[i])).ToArray());
        var width = RankCorrelation.Spearman(indices.Select(i => Data.Factors![i].Width).ToArray(),
            indices.Select(i => ImageMoments.StrokeWidth(Data.Images[i])).ToArray());
        Assert.That(slant, Is.GreaterThan(0.9), "slant");
        Assert.That(width, Is.GreaterThan(0.9), "stroke width");
    }

    [Test]
    public void Stroke_width_is_measured_in_pixels_and_slant_as_the_shear()
    {
        var image = DigitRenderer.Render(new DigitFactors(1, 0.3, 2.5, 0, 0));
        Assert.That(ImageMoments.StrokeWidth(image), Is.EqualTo(2.5).Within(0.6));
        // The 1's flag leans the other way, so its whole-glyph shear reads a little under the stem's.
        Assert.That(ImageMoments.Slant(image), Is.EqualTo(0.3).Within(0.1));
        Assert.That(ImageMoments.Slant(DigitRenderer.Render(new DigitFactors(1, -0.3, 2.5, 0, 0))), Is.LessThan(-0.2));
        Assert.That(ImageMoments.Slant(new float[784]), Is.Zero);
        Assert.That(ImageMoments.StrokeWidth(new float[784]), Is.Zero);
    }

    [Test]
    public void The_classifier_learns_the_digits()
    {
        var classifier = DigitClassifier.Train(ProceduralDigits.Generate(1, 1500), epochs: 3, seed: 2);
        Assert.That(classifier.Accuracy(ProceduralDigits.Generate(99, 500)), Is.GreaterThan(0.95));
    }
}
