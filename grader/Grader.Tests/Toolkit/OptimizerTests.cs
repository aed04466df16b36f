using Grader.Toolkit;

namespace Grader.Tests.Toolkit;

/// <summary>The first steps of Adam and of SGD with Nesterov momentum, worked by hand.</summary>
public sealed class OptimizerTests
{
    [Test]
    public void Adams_first_step_moves_each_parameter_by_the_learning_rate_against_its_gradient()
    {
        double[][] parameters = [[1.0, -2.0, 0.5]];
        var adam = new AdamOptimizer(parameters, 0.01, 0.9, 0.999, 1e-8);
        adam.Update(parameters, [[3.0, -0.001, 40.0]]);
        Assert.That(parameters[0], Is.EqualTo(new[] { 0.99, -1.99, 0.49 }).Within(1e-5));
    }

    [Test]
    public void Adams_second_step_uses_bias_corrected_moments()
    {
        double[][] parameters = [[0.0]];
        var adam = new AdamOptimizer(parameters, 0.1, 0.9, 0.999, 1e-8);
        adam.Update(parameters, [[1.0]]);
        adam.Update(parameters, [[3.0]]);
        var m = 0.9 * 0.1 + 0.1 * 3.0;
        var v = 0.999 * 0.001 + 0.001 * 9.0;
        var first = -(0.1 * Math.Sqrt(0.001) / 0.1) * 0.1 / (Math.Sqrt(0.001) + 1e-8);
        var rate = 0.1 * Math.Sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9);
        Assert.That(parameters[0][0], Is.EqualTo(first - rate * m / (Math.Sqrt(v) + 1e-8)).Within(1e-12));
    }

    [TestCase(true, -0.19, -0.19 - 0.271)]
    [TestCase(false, -0.1, -0.1 - 0.19)]
    public void Sgd_momentum_steps(bool nesterov, double afterFirst, double afterSecond)
    {
        double[][] parameters = [[0.0]];
        var sgd = new SgdOptimizer(parameters, 0.1, 0.9, nesterov);
        sgd.Update(parameters, [[1.0]]);
        Assert.That(parameters[0][0], Is.EqualTo(afterFirst).Within(1e-12));
        sgd.Update(parameters, [[1.0]]);
        Assert.That(parameters[0][0], Is.EqualTo(afterSecond).Within(1e-12));
    }
}
