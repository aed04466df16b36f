using Grader.Core.Problems.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The statistics the measurement rests on, on cases whose answers are known.</summary>
public sealed class InfoGanStatisticsTests
{
    [Test]
    public void Spearman_is_one_for_any_increasing_relation_and_zero_for_a_constant()
    {
        double[] x = [1, 2, 3, 4, 5];
        Assert.That(RankCorrelation.Spearman(x, [1, 4, 9, 16, 100]), Is.EqualTo(1).Within(1e-12));
        Assert.That(RankCorrelation.Spearman(x, [5, 3, 2, 1, 0]), Is.EqualTo(-1).Within(1e-12));
        Assert.That(RankCorrelation.Spearman(x, [2, 2, 2, 2, 2]), Is.Zero);
        Assert.That(RankCorrelation.Ranks([10, 20, 20, 5]), Is.EqualTo(new[] { 2, 3.5, 3.5, 1 }));
        // scipy.stats.spearmanr([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) = 0.8
        Assert.That(RankCorrelation.Spearman(x, [2, 1, 4, 3, 5]), Is.EqualTo(0.8).Within(1e-12));
    }

    [Test]
    public void Normalised_mutual_information_matches_scikit_learn()
    {
        int[] a = [0, 0, 1, 1, 2, 2];
        Assert.That(NormalisedMutualInformation.Of(a, [5, 5, 3, 3, 9, 9]), Is.EqualTo(1).Within(1e-12), "a relabelling");
        Assert.That(NormalisedMutualInformation.Of([0, 0, 1, 1], [0, 1, 0, 1]), Is.EqualTo(0).Within(1e-12), "independent");
        Assert.That(NormalisedMutualInformation.Of(a, [0, 0, 0, 0, 0, 0]), Is.Zero, "one label says nothing");
        // sklearn.metrics.normalized_mutual_info_score([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1]) = 0.7336804366512112
        Assert.That(NormalisedMutualInformation.Of(a, [0, 0, 1, 1, 1, 1]), Is.EqualTo(0.7336804366512112).Within(1e-12));
    }
}
