using Grader.Contracts;
using Grader.Core.Problems.InfoGan;
using MathNet.Numerics.LinearAlgebra;
using Reference.Solutions;

namespace Reference.Tests.InfoGan;

/// <summary>The answer key's InfoGAN: its losses on values worked by hand, its hand-written backward passes against
/// finite differences and transposes, and training fixed by the seed.</summary>
public sealed class InfoGanAnswerKeyTests
{
    private static readonly Solutions.InfoGan Key = new();

    [Test]
    public void The_losses_equal_their_values_worked_by_hand()
    {
        Assert.That(Key.DiscriminatorLoss([0, 0], [0]), Is.EqualTo(2 * Math.Log(2)).Within(1e-15));
        Assert.That(Key.DiscriminatorLoss([800], [-800]), Is.EqualTo(0).Within(1e-300), "no overflow for confident scores");
        var uniform = Matrix<double>.Build.Dense(2, 10);
        var means = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 } });
        var codes = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 1, -1 } });
        // ln 2 (D(G(z)) = ½) + λ·(ln 10 (uniform logits) + ½·(1 + 4)/2 (the Gaussian term, batch mean)).
        Assert.That(Key.GeneratorLoss([0, 0], uniform, [3, 7], means, codes, 2),
            Is.EqualTo(Math.Log(2) + 2 * (Math.Log(10) + 1.25)).Within(1e-13));
        Assert.That(Key.GeneratorInput(2, [0.5, -0.25], [3]), Is.EqualTo(new[] { 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0.5, -0.25, 3 }));
    }

    [Test]
    public void Upsampling_backward_is_the_transpose_of_forward()
    {
        var random = new InfoGanRandom(3);
        var low = Enumerable.Range(0, 2 * InfoGanUpsample.LowPixels).Select(_ => (float)random.Normal()).ToArray();
        var fullGradient = Enumerable.Range(0, 2 * 784).Select(_ => (float)random.Normal()).ToArray();
        var full = new float[2 * 784];
        var lowGradient = new float[low.Length];
        InfoGanUpsample.Forward(low, full, 2);
        InfoGanUpsample.Backward(fullGradient, lowGradient, 2);
        var left = full.Zip(fullGradient).Sum(p => (double)p.First * p.Second);
        var right = low.Zip(lowGradient).Sum(p => (double)p.First * p.Second);
        Assert.That(left, Is.EqualTo(right).Within(1e-3));
        Assert.That(full.Take(784).Sum() / 4, Is.EqualTo(low.Take(InfoGanUpsample.LowPixels).Sum()).Within(0.5), "a constant image stays constant in mass");
    }

    [Test]
    public void The_batch_spread_gradient_matches_finite_differences()
    {
        const int b = 4, h = 3;
        var random = new InfoGanRandom(5);
        var trunk = Enumerable.Range(0, b * h).Select(_ => (float)random.Normal()).ToArray();
        float[] outer = [0.3f, -1.1f, 0.7f, 0.2f];
        var headGradient = new float[b * (h + 1)];
        for (var n = 0; n < b; n++)
        {
            headGradient[n * (h + 1) + h] = outer[n];
        }
        var gradient = new float[b * h];
        InfoGanBatchSpread.Backward(trunk, headGradient, gradient, b, h);
        for (var i = 0; i < trunk.Length; i++)
        {
            var numeric = (Loss(trunk, i, 1e-2f) - Loss(trunk, i, -1e-2f)) / 2e-2;
            Assert.That(gradient[i], Is.EqualTo(numeric).Within(2e-3), $"element {i}");
        }

        double Loss(float[] t, int i, float step)
        {
            var moved = (float[])t.Clone();
            moved[i] += step;
            var input = new float[b * (h + 1)];
            InfoGanBatchSpread.Append(moved, input, b, h);
            return Enumerable.Range(0, b).Sum(n => (double)outer[n] * input[n * (h + 1) + h]);
        }
    }

    [Test]
    public void A_seed_fixes_the_trained_generator()
    {
        var images = ProceduralDigits.Generate(1, 256).Images;
        var settings = new InfoGanSettings(Seed: 4, Epochs: 1, BatchSize: 32, LearningRate: 1e-3, Lambda: 5, NoiseSize: 3);
        float[] Image(InfoGanSettings s)
        {
            var gan = new Solutions.InfoGan();
            gan.Train(images, s);
            return gan.Generate(5, [0.2, -0.4], [0.1, 0.2, 0.3]);
        }
        var first = Image(settings);
        Assert.That(Image(settings), Is.EqualTo(first));
        Assert.That(Image(settings with { Seed = 5 }), Is.Not.EqualTo(first));
        Assert.That(first, Has.Length.EqualTo(784).And.All.InRange(0f, 1f));
        Assert.Throws<InvalidOperationException>(() => new Solutions.InfoGan().Generate(0, [0, 0], [0, 0, 0]));
    }
}
