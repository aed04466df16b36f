using Grader.Core.Grading.Criteria;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using Grader.Core.Problems.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The measurement on generators whose answers are known, without training one: codes that control the
/// digit, the slant and the width score near 1; codes that control nothing score near 0 and fail the checks.</summary>
public sealed class InfoGanMeasurementTests
{
    private static readonly Lazy<DigitClassifier> Classifier = new(() => DigitClassifier.Train(ProceduralDigits.Generate(3, 1500), 3, 4));

    [Test]
    public void Codes_that_control_digit_slant_and_width_are_measured_as_such()
    {
        var scores = new InfoGanMeasurement(Classifier.Value, 4, 7).Measure(new RenderedInfoGan(ignoreCodes: false));
        Assert.That(scores.CategoricalNmi, Is.GreaterThan(0.9));
        Assert.That(scores.Ranks[0][0], Is.GreaterThan(0.9), "c1 with slant");
        Assert.That(scores.Ranks[1][1], Is.GreaterThan(0.9), "c2 with width");
        Assert.That(scores.Grid.Length, Is.EqualTo(140));
        Assert.That(Judge(scores), Has.All.EqualTo(CheckStatus.Passed));
    }

    [Test]
    public void Codes_that_control_nothing_fail_every_measured_check()
    {
        var scores = new InfoGanMeasurement(Classifier.Value, 4, 7).Measure(new RenderedInfoGan(ignoreCodes: true));
        Assert.That(scores.CategoricalNmi, Is.LessThan(0.05));
        Assert.That(scores.Ranks.SelectMany(r => r), Has.All.EqualTo(0));
        var statuses = Judge(scores);
        Assert.That(statuses[..3], Has.All.EqualTo(CheckStatus.Wrong));
        Assert.That(statuses[3], Is.EqualTo(CheckStatus.Passed), "the grid itself is well formed");
    }

    [Test]
    public void The_measurement_is_deterministic()
    {
        var gan = new RenderedInfoGan(ignoreCodes: false);
        var first = new InfoGanMeasurement(Classifier.Value, 4, 9).Measure(gan);
        var second = new InfoGanMeasurement(Classifier.Value, 4, 9).Measure(gan);
        Assert.That(second.CategoricalNmi, Is.EqualTo(first.CategoricalNmi));
        Assert.That(second.Ranks, Is.EqualTo(first.Ranks));
    }

    [Test]
    public void A_not_finite_rank_or_a_bad_pixel_is_its_own_status()
    {
        var control = new FactorControl(0.25, "c1");
        Assert.That(control.Judge(NumericArray.FromVector([double.NaN, double.NaN]), null).Status, Is.EqualTo(CheckStatus.NotFinite));
        Assert.That(control.Judge(NumericArray.FromVector([0.1]), null).Status, Is.EqualTo(CheckStatus.ShapeMismatch));
        var wrong = control.Judge(NumericArray.FromVector([0.1, -0.2]), null);
        Assert.That(wrong.Detail, Does.Contain("ρ with slant 0.1, ρ with stroke width -0.2: it controls neither"));
        Assert.That(control.Judge(NumericArray.FromVector([0.1, -0.3]), null).Status, Is.EqualTo(CheckStatus.Passed));
        var grid = new PixelGrid(1);
        var pixels = new double[784];
        pixels[5] = 1.5;
        Assert.That(grid.Judge(new NumericArray([1, 784], pixels), null).Detail, Does.Contain("image 0, pixel 5 is 1.5, outside [0, 1]"));
        pixels[5] = double.NaN;
        Assert.That(grid.Judge(new NumericArray([1, 784], pixels), null).Status, Is.EqualTo(CheckStatus.NotFinite));
        Assert.That(grid.Judge(new NumericArray([2, 784], new double[1568]), null).Status, Is.EqualTo(CheckStatus.ShapeMismatch));
    }

    private static CheckStatus[] Judge(InfoGanScores scores)
    {
        var problem = new InfoGanModule();
        ICheckCriterion Criterion(string name) => problem.Quantities.Single(q => q.Name == name).Criterion!;
        return
        [
            Criterion("categorical_nmi").Judge(NumericArray.Scalar(scores.CategoricalNmi), null).Status,
            Criterion("c1_rank").Judge(NumericArray.FromVector(scores.Ranks[0]), null).Status,
            Criterion("c2_rank").Judge(NumericArray.FromVector(scores.Ranks[1]), null).Status,
            Criterion("grid").Judge(new NumericArray([scores.Grid.Length, 784], scores.Grid.SelectMany(i => i.Select(v => (double)v)).ToArray()), null).Status,
        ];
    }
}
