using Grader.Toolkit;

namespace Grader.Tests.Toolkit;

/// <summary>The back-propagated gradients of the loss, L2 term included, agree with central differences.</summary>
public sealed class MlpGradientTests
{
    private const double Step = 1e-6;

    [TestCase(Activation.Identity, 2, 0.0)]
    [TestCase(Activation.Logistic, 2, 1e-2)]
    [TestCase(Activation.Tanh, 3, 0.5)]
    [TestCase(Activation.Relu, 2, 1e-4)]
    [TestCase(Activation.Relu, 4, 0.3)]
    public void Backprop_matches_central_differences(Activation activation, int outputs, double alpha)
    {
        var random = new ToolkitRandom(11);
        const int rows = 7;
        int[] units = [3, 5, 4, outputs == 2 ? 1 : outputs];
        var network = MlpNetwork.Initialise(units, activation, softmaxOutput: outputs > 2, random);
        var input = Enumerable.Range(0, rows * 3).Select(_ => random.Uniform(-2, 2)).ToArray();
        var targets = new double[rows * units[^1]];
        for (var r = 0; r < rows; r++)
        {
            targets[r * units[^1] + (outputs > 2 ? random.NextInt(outputs) : 0)] = outputs > 2 ? 1 : random.NextInt(2);
        }
        var coefGrads = network.Coefs.Select(w => new double[w.Length]).ToArray();
        var interceptGrads = network.Intercepts.Select(b => new double[b.Length]).ToArray();
        network.Backprop(input, targets, rows, alpha, coefGrads, interceptGrads);

        double Loss() => network.Backprop(input, targets, rows, alpha,
            network.Coefs.Select(w => new double[w.Length]).ToArray(), network.Intercepts.Select(b => new double[b.Length]).ToArray());

        foreach (var (parameters, gradients, name) in new[] { (network.Coefs, coefGrads, "W"), (network.Intercepts, interceptGrads, "b") })
        {
            for (var l = 0; l < parameters.Length; l++)
            {
                for (var i = 0; i < parameters[l].Length; i++)
                {
                    var saved = parameters[l][i];
                    parameters[l][i] = saved + Step;
                    var plus = Loss();
                    parameters[l][i] = saved - Step;
                    var minus = Loss();
                    parameters[l][i] = saved;
                    var numeric = (plus - minus) / (2 * Step);
                    Assert.That(gradients[l][i], Is.EqualTo(numeric).Within(1e-7 + 1e-5 * Math.Abs(numeric)), $"{name}{l}[{i}]");
                }
            }
        }
    }

    [Test]
    public void The_L2_term_is_half_alpha_times_the_squared_weights_over_the_batch_size()
    {
        var network = MlpNetwork.Initialise([2, 3, 1], Activation.Tanh, false, new ToolkitRandom(2));
        double[] input = [0.5, -1, 1, 2];
        double[] targets = [1, 0];
        double Loss(double alpha) => network.Backprop(input, targets, 2, alpha, [new double[6], new double[3]], [new double[3], new double[1]]);
        Assert.That(Loss(0.2) - Loss(0), Is.EqualTo(0.5 * 0.2 * network.SquaredWeights() / 2).Within(1e-14));
    }
}
