using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Grader.Tests.Grading;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The draw case passes the answer key's batches and names the statistic a wrong draw breaks.</summary>
[Category(TestTiers.Slow)]
public sealed class InfoGanDrawTests
{
    private static readonly ProblemCatalog Catalog = new([new InfoGanModule()]);

    [Test]
    public void The_answer_keys_draws_pass_on_both_sets()
    {
        var draws = Grade((_, batch, _) => batch);
        Assert.That(draws, Has.Length.EqualTo(10));
        Assert.That(draws.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
    }

    public static IEnumerable<TestCaseData> WrongDraws()
    {
        yield return Case("codes drawn from [0, 1)", "draw_codes", "lowest c1", (_, b, _) => b with { Continuous = b.Continuous.Map(c => (c + 1) / 2) });
        yield return Case("the same images in every batch", "draw_images", "used once", (first, b, _) => b with { Real = first.Real });
        yield return Case("categories 0–4 only", "draw_categories", "χ²", (_, b, _) => b with { Categories = b.Categories.Select(k => k % 5).ToArray() });
        yield return Case("z of deviation 2", "draw_noise", "largest variance", (_, b, _) => b with { Noise = b.Noise * 2 });
        yield return Case("no instance noise on generated images", "draw_instance_noise", "deviation", (_, b, _) => b with { FakeInstanceNoise = b.FakeInstanceNoise * 0 });
        yield return Case("real images without noise", "draw_images", "deviation of the real", (_, b, _) => b with { Real = b.Real.Map(v => Math.Round(v * 2) / 2) });
        yield return Case("the last row's codes kept from the batch before", "draw_codes", "repeated", (first, b, index) =>
        {
            var codes = b.Continuous.Clone();
            codes.SetRow(codes.RowCount - 1, first.Continuous.Row(first.Continuous.RowCount - 1));
            return index == 0 ? b : b with { Continuous = codes };
        });
        yield break;

        static TestCaseData Case(string name, string quantity, string named, Func<InfoGanStepBatch, InfoGanStepBatch, int, InfoGanStepBatch?> change) =>
            new TestCaseData(quantity, named, change).SetName(name);
    }

    [TestCaseSource(nameof(WrongDraws))]
    public void A_wrong_draw_fails_its_check_and_says_which_statistic(string quantity, string named, Func<InfoGanStepBatch, InfoGanStepBatch, int, InfoGanStepBatch?> change)
    {
        var failed = Grade(change).Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Quantity), Does.Contain(quantity));
        Assert.That(failed.First(c => c.Quantity == quantity).Message, Does.Contain(named));
    }

    [Test]
    public void A_null_batch_is_returned_null_and_a_layer_that_does_not_fit_its_bias_a_shape_mismatch()
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]) { Diagnose = false };
        using var executor = new InstanceExecutor(Catalog, () => new RedrawnInfoGan((_, b, index) => index == 1 ? null : b,
            p => p with { Trunk = p.Trunk with { Bias = p.Trunk.Bias.SubVector(0, 1) } }));
        var checks = grader.Grade("broken", executor).Checks;

        Assert.That(checks.Where(c => c.Quantity.StartsWith("draw_", StringComparison.Ordinal)).Select(c => c.Status),
            Has.All.EqualTo(CheckStatus.ReturnedNull));
        var trunk = checks.Single(c => c.Quantity == "adam_trunk");
        Assert.That(trunk.Status, Is.EqualTo(CheckStatus.ShapeMismatch));
        Assert.That(trunk.Message, Does.Contain("b with 1 entries"));
        Assert.That(checks.Single(c => c.Quantity == "adam_head").Passed, Is.True, "the other layers are still graded");
    }

    private static CheckResult[] Grade(Func<InfoGanStepBatch, InfoGanStepBatch, int, InfoGanStepBatch?> change)
    {
        var grader = new SubmissionGrader(Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]) { Diagnose = false };
        using var executor = new InstanceExecutor(Catalog, () => new RedrawnInfoGan(change));
        return grader.Grade("draws", executor).Checks.Where(c => c.Quantity.StartsWith("draw_", StringComparison.Ordinal)).ToArray();
    }
}
