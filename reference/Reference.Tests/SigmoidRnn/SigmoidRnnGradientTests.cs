using MathNet.Numerics.LinearAlgebra;
using Reference.Generator;

namespace Reference.Tests.SigmoidRnn;

/// <summary>The answer key's derivatives agree with central differences of its own forward pass, and the per-step
/// contributions are what perturbing w1 at that step alone gives.</summary>
public sealed class SigmoidRnnGradientTests
{
    public static IEnumerable<TestCaseData> Lengths() =>
        new[] { 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 13, 17, 20, 30, 50, 100 }
            .Select((t, i) => new TestCaseData(t, 3000L + i).SetName($"T={t}, seed {3000 + i}"));

    [TestCaseSource(nameof(Lengths))]
    public void Derivatives_match_central_differences(int length, long seed)
    {
        var random = new SeededRandom(seed);
        var x = Vector<double>.Build.Dense(length, _ => random.Symmetric(1));
        var (w1, w2, wo, b) = (random.Symmetric(2), random.Symmetric(2), random.Symmetric(2), random.Symmetric(1));
        var y = random.NextInt(2) == 0 ? -1.0 : 1.0;
        Reference.Solutions.SigmoidRnn Net(double first) => new() { W1 = first, W2 = w2, Wo = wo, B = b };
        var net = Net(w1);

        var numericStates = Vector<double>.Build.Dense(length, t => GradientCheck.Central(step => Net(w1 + step).States(x)[t]));
        GradientCheck.AssertClose(net.StateDerivatives(x).ToArray(), numericStates.ToArray(), "dh_t/dw1");

        var numericLoss = GradientCheck.Central(step => Net(w1 + step).Loss(x, y));
        GradientCheck.AssertClose([net.LossGradient(x, y)], [numericLoss], "dL/dw1");

        // c_k is ∂h_T/∂w1 through step k alone: perturb w1 only where it multiplies x_k.
        var numericContributions = Vector<double>.Build.Dense(length, k => GradientCheck.Central(step => LastState(x, w1, w2, k, step)));
        var contributions = net.Contributions(x);
        GradientCheck.AssertClose(contributions.ToArray(), numericContributions.ToArray(), "contributions");
        Assert.That(contributions.Sum(), Is.EqualTo(net.StateDerivatives(x)[^1]).Within(1e-12));
    }

    [Test]
    public void Sigmoid_derivative_matches_central_differences_and_its_bounds()
    {
        var net = new Reference.Solutions.SigmoidRnn();
        foreach (var r in new[] { -30.0, -12, -3, -0.7, 0, 0.25, 1, 4, 9, 30 })
        {
            var numeric = GradientCheck.Central(step => 1 / (1 + Math.Exp(-(r + step))));
            Assert.That(net.SigmoidDerivative(r), Is.EqualTo(numeric).Within(1e-9 + 1e-6 * Math.Abs(numeric)), $"r = {r}");
            Assert.That(net.SigmoidDerivative(r), Is.GreaterThan(0).And.LessThanOrEqualTo(0.25), $"r = {r}");
        }
        Assert.That(net.SigmoidDerivative(0), Is.EqualTo(0.25));
    }

    [Test]
    public void The_loss_is_finite_for_large_margins()
    {
        var net = new Reference.Solutions.SigmoidRnn { W1 = 1, W2 = 0, Wo = 1000, B = 0 };
        var x = Vector<double>.Build.Dense(1, 3.0);
        Assert.That(net.Loss(x, -1), Is.EqualTo(1000 * 1 / (1 + Math.Exp(-3))).Within(1e-9));
        Assert.That(net.Loss(x, 1), Is.GreaterThanOrEqualTo(0).And.LessThan(1e-300));
    }

    private static double LastState(Vector<double> x, double w1, double w2, int k, double step)
    {
        var h = 0.0;
        for (var t = 0; t < x.Count; t++)
        {
            h = 1 / (1 + Math.Exp(-((w1 + (t == k ? step : 0)) * x[t] + w2 * h)));
        }
        return h;
    }
}
