using Grader.Core.Numerics;
using Grader.Core.Problems.NbackRnn;
using Reference.Generator.Fixtures;
using Reference.Generator.NbackRnn;

namespace Reference.Tests.NbackRnn;

/// <summary>The grader's learning rate and epoch budget are fair: the answer key meets the loss target with them.</summary>
public sealed class NbackTrainingTests
{
    [Test]
    public void The_reference_reaches_the_target_from_at_least_9_of_10_seeds_in_the_graders_descent()
    {
        var problem = new NbackRnnModule();
        var finals = Enumerable.Range(0, 10).Select(seed =>
        {
            var inputs = NbackRnnFixtures.TrainingInputs(5000 + seed, trainSeed: seed);
            var curve = NbackGradientDescent.Run(new Reference.Solutions.NbackRnn(),
                inputs["U"].ToMatrix(), inputs["V"].ToMatrix(), inputs["w"].ToVector(), inputs["x"].ToMatrix(), inputs["y"].ToVector(),
                NbackGradientDescent.Epochs);
            return curve[^1];
        }).ToArray();
        Assert.That(finals.Count(j => j < NbackGradientDescent.Target), Is.GreaterThanOrEqualTo(9), string.Join(", ", finals));
        Assert.That(problem.Quantities.Single(q => q.Name == "sgd_losses").Criterion, Is.Not.Null);
    }

    [Test]
    public void The_task_is_two_back_with_zero_first_targets()
    {
        var (x, y) = NbackTask.Generate(11);
        Assert.That(x, Has.Length.EqualTo(50).And.All.EqualTo(0.0).Or.EqualTo(1.0));
        Assert.That(y.Take(2), Is.EqualTo(new[] { 0.0, 0.0 }));
        Assert.That(y.Skip(2), Is.EqualTo(x.Take(48)));
        Assert.That(x.Count(v => v == 1), Is.InRange(15, 35), "about half are ones");
        Assert.That(NbackTask.Generate(11).X, Is.EqualTo(x), "seeded");
    }

    [Test]
    public void Gaussian_draws_have_the_asked_for_spread_and_are_reproducible()
    {
        var random = new Reference.Generator.SeededRandom(5);
        var draws = Enumerable.Range(0, 20_000).Select(_ => random.Gaussian(0.1)).ToArray();
        var mean = draws.Average();
        var sd = Math.Sqrt(draws.Select(d => (d - mean) * (d - mean)).Average());
        Assert.That(mean, Is.EqualTo(0).Within(0.003));
        Assert.That(sd, Is.EqualTo(0.1).Within(0.003));
        Assert.That(draws.Select(d => d * 65536 % 1), Has.All.EqualTo(0.0), "on the 2⁻¹⁶ grid");
        var again = new Reference.Generator.SeededRandom(5);
        Assert.That(Enumerable.Range(0, 5).Select(_ => again.Gaussian(0.1)), Is.EqualTo(draws.Take(5)));
    }
}
