using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Toolkit;

/// <summary>The toolkit's MLP learns, is deterministic, and stops as scikit-learn does.</summary>
public sealed class MlpClassifierTests
{
    /// <summary>Two classes split by the plane x0 + 2·x1 − x2 = 0, with a margin.</summary>
    internal static (Matrix<double> X, int[] Y) Separable(int rows, long seed, int classes = 2)
    {
        var random = new ToolkitRandom(seed);
        var x = Matrix<double>.Build.Dense(rows, 3);
        var y = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            double s;
            do
            {
                for (var c = 0; c < 3; c++)
                {
                    x[r, c] = random.Uniform(-1, 1);
                }
                s = x[r, 0] + 2 * x[r, 1] - x[r, 2];
            }
            while (Math.Abs(s) < 0.3 || (classes == 3 && Math.Abs(s - 1.2) < 0.3));
            y[r] = classes == 3 && s > 1.2 ? 2 : s > 0 ? 1 : 0;
        }
        return (x, y);
    }

    [TestCase(Solver.Adam, Activation.Relu)]
    [TestCase(Solver.Sgd, Activation.Tanh)]
    [TestCase(Solver.Adam, Activation.Logistic)]
    [TestCase(Solver.Sgd, Activation.Identity)]
    public void A_linearly_separable_set_is_learnt_perfectly(Solver solver, Activation activation)
    {
        var (x, y) = Separable(120, 3);
        var model = new MlpClassifier(new MlpParameters { HiddenLayerSizes = [10], Solver = solver, Activation = activation, LearningRateInit = 0.01, BatchSize = 20 })
            .Fit(x, y);
        Assert.That(model.Score(x, y), Is.EqualTo(1.0));
    }

    [Test]
    public void Three_classes_use_softmax_and_are_learnt()
    {
        var (x, y) = Separable(150, 4, classes: 3);
        var model = new MlpClassifier(new MlpParameters { HiddenLayerSizes = [16], LearningRateInit = 0.01, BatchSize = 16 }).Fit(x, y);
        Assert.That(model.Classes, Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(model.Score(x, y), Is.GreaterThanOrEqualTo(0.98));
        Assert.That(model.PredictProba(x).RowSums().ToArray(), Has.All.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void A_fixed_seed_gives_identical_weights_and_another_seed_does_not()
    {
        var (x, y) = Separable(60, 5);
        var parameters = new MlpParameters { HiddenLayerSizes = [6, 4], MaxIter = 20 };
        var first = new MlpClassifier(parameters).Fit(x, y);
        var second = new MlpClassifier(parameters).Fit(x, y);
        var other = new MlpClassifier(parameters with { RandomState = 1 }).Fit(x, y);
        Assert.That(Flatten(second), Is.EqualTo(Flatten(first)));
        Assert.That(second.LossCurve, Is.EqualTo(first.LossCurve));
        Assert.That(Flatten(other), Is.Not.EqualTo(Flatten(first)));
    }

    [Test]
    public void Weights_start_glorot_uniform_with_factor_6_or_2_for_logistic()
    {
        var (x, y) = Separable(30, 6);
        foreach (var (activation, factor) in new[] { (Activation.Relu, 6.0), (Activation.Logistic, 2.0) })
        {
            var model = new MlpClassifier(new MlpParameters { HiddenLayerSizes = [50], Activation = activation, MaxIter = 0 }).Fit(x, y);
            var bound = Math.Sqrt(factor / (3 + 50));
            var w = model.Coefs[0].Enumerate().ToArray();
            Assert.That(w, Has.All.InRange(-bound, bound), activation.ToString());
            Assert.That(w.Max(v => Math.Abs(v)), Is.GreaterThan(0.9 * bound), activation.ToString());
        }
    }

    [Test]
    public void Training_stops_after_more_than_n_iter_no_change_epochs_without_a_tol_improvement()
    {
        var (x, y) = Separable(40, 7);
        var model = new MlpClassifier(new MlpParameters { Tol = 1e9, NIterNoChange = 10 }).Fit(x, y);
        Assert.That((model.NIter, model.Converged), Is.EqualTo((12, true)));
        var capped = new MlpClassifier(new MlpParameters { MaxIter = 5 }).Fit(x, y);
        Assert.That((capped.NIter, capped.Converged), Is.EqualTo((5, false)));
    }

    [Test]
    public void Binary_prediction_is_the_second_class_when_its_probability_is_above_one_half()
    {
        var (x, y) = Separable(40, 8);
        var labels = y.Select(v => v == 1 ? 7 : -3).ToArray();
        var model = new MlpClassifier(new MlpParameters { MaxIter = 30 }).Fit(x, labels);
        var p = model.PredictProba(x).Column(1);
        Assert.That(model.Predict(x), Is.EqualTo(p.Select(v => v > 0.5 ? 7 : -3).ToArray()));
    }

    private static double[] Flatten(MlpClassifier model) =>
        model.Coefs.SelectMany(w => w.ToRowMajorArray()).Concat(model.Intercepts.SelectMany(b => b)).ToArray();
}
