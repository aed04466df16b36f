using Grader.Contracts;
using Grader.Core.Numerics;
using Grader.Core.Problems.InfoGan;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.InfoGan;

namespace Reference.Tests.InfoGan;

/// <summary>The answer key's training step (<see cref="IInfoGan.Gradients"/>, in float) against central differences of
/// a forward pass written separately in doubles, on the fixtures' own step cases, held to the tolerance the grader uses.</summary>
public sealed class InfoGanStepTests
{
    private const double Step = 1e-6;

    public static IEnumerable<TestCaseData> Cases() => InfoGanFixtures.StepCases.Select(c =>
        new TestCaseData(InfoGanFixtures.StepInputs(c.Seed, c.Batch, c.Noise, c.Generator, c.Trunk, c.Lambda)).SetName($"Step_{c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void The_step_agrees_with_central_differences_of_a_double_forward_pass(IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var step = new Solutions.InfoGan().Gradients(InfoGanStepCase.Parameters(inputs), InfoGanStepCase.Batch(inputs), inputs["lambda"].ToScalar());
        var forward = Forward(inputs);
        var tolerance = InfoGanModule.StepTolerance;
        var worst = new List<(string Name, double Ratio)>();

        var generated = forward.Generated();
        worst.Add(("generated", Worst(step.Generated.ToRowMajorArray(), generated.SelectMany(r => r).ToArray(), tolerance)));
        var (discriminator, generator) = forward.Objectives();
        worst.Add(("discriminator_objective", Worst([step.DiscriminatorObjective], [discriminator], tolerance)));
        worst.Add(("generator_objective", Worst([step.GeneratorObjective], [generator], tolerance)));

        InfoGanLayer[] analytic = [step.Gradients.GeneratorHidden, step.Gradients.GeneratorOutput, step.Gradients.CategoryTemplate,
            step.Gradients.Trunk, step.Gradients.Head];
        for (var l = 0; l < analytic.Length; l++)
        {
            // The generator's layers descend L_G; the trunk and the head, D and Q's objective.
            Func<double> objective = l < 3 ? () => forward.Objectives().Generator : () => forward.Objectives().Discriminator;
            var (w, b) = forward.Layers[l];
            var name = InfoGanStepCase.Layers[l];
            worst.Add(($"d_{name}_weights", Worst(analytic[l].Weights.ToRowMajorArray(), Numeric(w, objective), tolerance)));
            worst.Add(($"d_{name}_bias", Worst(analytic[l].Bias.ToArray(), Numeric(b, objective), tolerance)));
        }

        foreach (var (name, ratio) in worst)
        {
            TestContext.Out.WriteLine($"{name}: largest |float − numeric| / allowed = {ratio:G3}");
        }
        Assert.That(worst.Where(w => w.Ratio > 1).Select(w => w.Name), Is.Empty, $"outside {tolerance}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Adam_steps_apply_the_textbook_rule_to_each_steps_gradients(IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var key = new Solutions.InfoGan();
        var (batch, lambda) = (InfoGanStepCase.Batch(inputs), inputs["lambda"].ToScalar());
        var (rate, steps) = (inputs["learning_rate"].ToScalar(), (int)inputs["adam_steps"].ToScalar());
        var after = Layers(key.AdamSteps(InfoGanStepCase.Parameters(inputs), batch, lambda, rate, steps));

        // θ −= η·m̂/(√v̂ + ε) in doubles, on the answer key's gradients (held to central differences above).
        var weights = Layers(InfoGanStepCase.Parameters(inputs));
        var first = weights.Select(l => new double[l.Length]).ToArray();
        var second = weights.Select(l => new double[l.Length]).ToArray();
        for (var t = 1; t <= steps; t++)
        {
            var gradients = Layers(key.Gradients(Parameters(weights, inputs), batch, lambda).Gradients);
            for (var l = 0; l < weights.Length; l++)
            {
                for (var i = 0; i < weights[l].Length; i++)
                {
                    var g = gradients[l][i];
                    first[l][i] = 0.5 * first[l][i] + 0.5 * g;
                    second[l][i] = 0.999 * second[l][i] + 0.001 * g * g;
                    weights[l][i] -= rate * (first[l][i] / (1 - Math.Pow(0.5, t))) / (Math.Sqrt(second[l][i] / (1 - Math.Pow(0.999, t))) + 1e-8);
                }
            }
        }

        var worst = Enumerable.Range(0, weights.Length).Select(l => Worst(after[l], weights[l], InfoGanModule.AdamTolerance)).ToArray();
        TestContext.Out.WriteLine($"largest |answer key − double Adam| / allowed, per layer: {string.Join(", ", worst.Select(w => w.ToString("G3")))}");
        Assert.That(worst, Has.All.LessThan(1));
        Assert.That(after[3], Is.Not.EqualTo(Layers(InfoGanStepCase.Parameters(inputs))[3]), "the trunk moved");
    }

    /// <summary>Each layer's W (row by row) then b, in contract order.</summary>
    private static double[][] Layers(InfoGanParameters p) =>
        new[] { p.GeneratorHidden, p.GeneratorOutput, p.CategoryTemplate, p.Trunk, p.Head }
            .Select(l => l.Weights.ToRowMajorArray().Concat(l.Bias).ToArray()).ToArray();

    private static InfoGanParameters Parameters(double[][] layers, IReadOnlyDictionary<string, NumericArray> shapes)
    {
        var rebuilt = InfoGanStepCase.Layers.Select((name, l) =>
        {
            var (rows, columns) = (shapes[$"{name}_weights"].Shape[0], shapes[$"{name}_weights"].Shape[1]);
            return new InfoGanLayer(Matrix<double>.Build.DenseOfRowMajor(rows, columns, layers[l][..(rows * columns)]),
                Vector<double>.Build.DenseOfArray(layers[l][(rows * columns)..]));
        }).ToArray();
        return new InfoGanParameters(rebuilt[0], rebuilt[1], rebuilt[2], rebuilt[3], rebuilt[4]);
    }

    /// <summary>The largest error as a fraction of what the tolerance allows: below 1 passes.</summary>
    private static double Worst(double[] actual, double[] expected, Tolerance tolerance)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length));
        return actual.Zip(expected).Max(p => Math.Abs(p.First - p.Second) / tolerance.Allowed(p.Second));
    }

    private static double[] Numeric(double[] parameters, Func<double> objective) =>
        Enumerable.Range(0, parameters.Length).Select(i =>
        {
            var kept = parameters[i];
            parameters[i] = kept + Step;
            var up = objective();
            parameters[i] = kept - Step;
            var down = objective();
            parameters[i] = kept;
            return (up - down) / (2 * Step);
        }).ToArray();

    private static DoubleInfoGanForward Forward(IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var layers = InfoGanStepCase.Layers.Select(name => ((double[])inputs[$"{name}_weights"].Data.Clone(), (double[])inputs[$"{name}_bias"].Data.Clone())).ToArray();
        return new DoubleInfoGanForward(layers, Array2D(inputs["real"]), inputs["categories"].Data.Select(v => (int)v).ToArray(),
            Array2D(inputs["continuous_codes"]), Array2D(inputs["noise"]), Array2D(inputs["fake_instance_noise"]), inputs["lambda"].ToScalar());
    }

    private static double[,] Array2D(NumericArray array) => array.ToMatrix().ToArray();
}
