using Grader.Toolkit;

namespace Grader.Tests.Toolkit;

/// <summary>Each default of the toolkit's MLP is scikit-learn 1.2's, pinned one by one.</summary>
public sealed class MlpDefaultsTests
{
    private static readonly MlpParameters Defaults = new();

    public static IEnumerable<TestCaseData> Pinned()
    {
        yield return new TestCaseData("hidden_layer_sizes", string.Join(",", Defaults.HiddenLayerSizes), "100");
        yield return new TestCaseData("activation", Defaults.Activation, Activation.Relu);
        yield return new TestCaseData("solver", Defaults.Solver, Solver.Adam);
        yield return new TestCaseData("alpha", Defaults.Alpha, 1e-4);
        yield return new TestCaseData("batch_size", Defaults.BatchSize, null);
        yield return new TestCaseData("learning_rate_init", Defaults.LearningRateInit, 1e-3);
        yield return new TestCaseData("max_iter", Defaults.MaxIter, 200);
        yield return new TestCaseData("shuffle", Defaults.Shuffle, true);
        yield return new TestCaseData("tol", Defaults.Tol, 1e-4);
        yield return new TestCaseData("n_iter_no_change", Defaults.NIterNoChange, 10);
        yield return new TestCaseData("momentum", Defaults.Momentum, 0.9);
        yield return new TestCaseData("nesterovs_momentum", Defaults.NesterovsMomentum, true);
        yield return new TestCaseData("beta_1", Defaults.Beta1, 0.9);
        yield return new TestCaseData("beta_2", Defaults.Beta2, 0.999);
        yield return new TestCaseData("epsilon", Defaults.Epsilon, 1e-8);
        yield return new TestCaseData("random_state", Defaults.RandomState, 0);
    }

    [TestCaseSource(nameof(Pinned))]
    public void Default_is_scikit_learns(string name, object? actual, object? expected) =>
        Assert.That(actual, Is.EqualTo(expected), name);

    [TestCase(50, 50)]
    [TestCase(200, 200)]
    [TestCase(201, 200)]
    [TestCase(1000, 200)]
    public void Auto_batch_size_is_the_smaller_of_200_and_the_sample_count(int samples, int expected) =>
        Assert.That(Defaults.EffectiveBatchSize(samples), Is.EqualTo(expected));

    [TestCase(32, 10, 10)]
    [TestCase(32, 100, 32)]
    [TestCase(0, 100, 1)]
    public void A_set_batch_size_is_clipped_to_the_sample_count(int batch, int samples, int expected) =>
        Assert.That((Defaults with { BatchSize = batch }).EffectiveBatchSize(samples), Is.EqualTo(expected));

    [Test]
    public void Named_settings_change_only_what_they_name()
    {
        var changed = Defaults.With("hidden_layer_sizes", new[] { 5, 3 }).With("activation", "tanh").With("solver", Solver.Sgd)
            .With("learning_rate_init", 0.01).With("batch_size", 32);
        Assert.That(changed.HiddenLayerSizes, Is.EqualTo(new[] { 5, 3 }));
        Assert.That((changed.Activation, changed.Solver, changed.LearningRateInit, changed.BatchSize), Is.EqualTo((Activation.Tanh, Solver.Sgd, 0.01, (int?)32)));
        Assert.That(changed with { HiddenLayerSizes = Defaults.HiddenLayerSizes, Activation = Activation.Relu, Solver = Solver.Adam, LearningRateInit = 1e-3, BatchSize = null },
            Is.EqualTo(Defaults));
        Assert.That(() => Defaults.With("learning_rate", 0.1), Throws.ArgumentException);
        Assert.That(() => Defaults.With("activation", "softplus"), Throws.ArgumentException);
    }
}
