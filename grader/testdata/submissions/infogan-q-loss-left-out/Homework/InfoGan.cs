using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;
using Reference.Solutions;

namespace Homework;

// An InfoGAN whose generator loss forgets the information term: L_G is the GAN term alone, in GeneratorLoss and in
// training, so nothing makes the codes matter; the generator is free to ignore them. Its building blocks (dense layers,
// batches, upsampling, random numbers) are the answer key's own files, linked rather than copied.

/// <summary>An InfoGAN built like the answer key: an MLP generator (codes and noise → 128 ReLU → 784 sigmoid) and an MLP
/// discriminator (784 → 64 leaky ReLU) whose shared trunk feeds one linear head of 13: the real/fake score, the 10
/// category logits and the 2 continuous means of Q. Float arithmetic, one thread, deterministic from the seed.</summary>
public sealed class InfoGan : IInfoGan
{
    private const int Categories = 10;
    private const int Codes = 2;
    private const int Pixels = 784;
    private const int GeneratorHidden = 128;
    private const int DiscriminatorHidden = 64;
    private const int HeadSize = 1 + Categories + Codes;
    private const float LeakySlope = 0.2f;
    // Noise on every image the discriminator sees (instance noise): smoother gradients for the generator.
    private const float InstanceNoise = 0.3f;

    private InfoGanDense? _g1;
    private InfoGanDense? _g2;
    private InfoGanDense? _gCategory;

    public double[] GeneratorInput(int category, double[] continuous, double[] noise)
    {
        var input = new double[Categories + Codes + noise.Length];
        input[category] = 1;
        continuous.CopyTo(input, Categories);
        noise.CopyTo(input, Categories + Codes);
        return input;
    }

    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) =>
        realScores.Average(s => Softplus(-s)) + fakeScores.Average(Softplus);

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda) =>
        fakeScores.Average(s => Softplus(-s));

    public void Train(float[][] images, InfoGanSettings settings)
    {
        var random = new InfoGanRandom((ulong)settings.Seed);
        var inputSize = Categories + Codes + settings.NoiseSize;
        var g1 = _g1 = new InfoGanDense(inputSize, GeneratorHidden, random);
        var g2 = _g2 = new InfoGanDense(GeneratorHidden, InfoGanUpsample.LowPixels, random);
        // The category also reaches the output layer directly, so each category can own a template image from the start.
        var gCategory = _gCategory = new InfoGanDense(Categories, InfoGanUpsample.LowPixels, random);
        var d1 = new InfoGanDense(Pixels, DiscriminatorHidden, random);
        var head = new InfoGanDense(DiscriminatorHidden + 1, HeadSize, random);
        var b = settings.BatchSize;
        var (lr, lambda) = ((float)settings.LearningRate, (float)settings.Lambda);
        var batch = new InfoGanBatch(b, inputSize, GeneratorHidden, DiscriminatorHidden, HeadSize, Pixels);
        var order = Enumerable.Range(0, images.Length).ToArray();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            Shuffle(order, random);
            for (var start = 0; start + b <= order.Length; start += b)
            {
                for (var n = 0; n < b; n++)
                {
                    images[order[start + n]].CopyTo(batch.Real, n * Pixels);
                }
                batch.SampleCodes(random, settings.NoiseSize);
                GeneratorForward(g1, g2, gCategory, batch, b);
                batch.AddInstanceNoise(random, InstanceNoise);

                // One forward pass serves both players (simultaneous updates): D and Q learn to score real images 1 and
                // generated ones 0 and to recover the codes; G learns to make D score its images 1 and to let Q recover them.
                DiscriminatorForward(d1, head, batch.NoisyReal, batch.TrunkReal, batch.HeadInReal, batch.OutReal, b);
                DiscriminatorForward(d1, head, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFake, b);
                batch.OutFake.CopyTo(batch.OutFakeForGenerator, 0);
                OutputGradients(batch, batch.OutReal, realTarget: true, withInformation: false, lambda, b);
                Backward(d1, head, batch.NoisyReal, batch.TrunkReal, batch.HeadInReal, batch.OutReal, [], batch, accumulate: true, b);
                OutputGradients(batch, batch.OutFake, realTarget: false, withInformation: false, lambda, b);
                Backward(d1, head, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFake, [], batch, accumulate: true, b);
                OutputGradients(batch, batch.OutFakeForGenerator, realTarget: true, withInformation: false, lambda, b);
                Backward(d1, head, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFakeForGenerator, batch.FakeGradient, batch,
                    accumulate: false, b);
                d1.Step(lr);
                head.Step(lr);

                InfoGanUpsample.Backward(batch.FakeGradient, batch.LowGradient, b);
                for (var i = 0; i < batch.Low.Length; i++)
                {
                    batch.LowGradient[i] *= batch.Low[i] * (1 - batch.Low[i]);
                }
                g2.Backward(batch.GeneratorHidden, batch.LowGradient, batch.GeneratorHiddenGradient, b, accumulate: true);
                gCategory.Backward(batch.OneHot, batch.LowGradient, [], b, accumulate: true);
                for (var i = 0; i < batch.GeneratorHidden.Length; i++)
                {
                    batch.GeneratorHiddenGradient[i] = batch.GeneratorHidden[i] > 0 ? batch.GeneratorHiddenGradient[i] : 0;
                }
                g1.Backward(batch.GeneratorIn, batch.GeneratorHiddenGradient, [], b, accumulate: true);
                g1.Step(lr);
                g2.Step(lr);
                gCategory.Step(lr);
            }
        }
    }

    public float[] Generate(int category, double[] continuous, double[] noise)
    {
        if (_g1 is null || _g2 is null || _gCategory is null)
        {
            throw new InvalidOperationException("Train first.");
        }
        var input = GeneratorInput(category, continuous, noise).Select(v => (float)v).ToArray();
        var batch = new InfoGanBatch(1, input.Length, GeneratorHidden, DiscriminatorHidden, HeadSize, Pixels);
        input.CopyTo(batch.GeneratorIn, 0);
        batch.OneHot[category] = 1;
        GeneratorForward(_g1, _g2, _gCategory, batch, 1);
        return batch.Fake.ToArray();
    }

    private static void GeneratorForward(InfoGanDense g1, InfoGanDense g2, InfoGanDense gCategory, InfoGanBatch batch, int b)
    {
        var (hidden, low, template) = (batch.GeneratorHidden, batch.Low, batch.LowGradient);
        g1.Forward(batch.GeneratorIn, hidden, b);
        for (var i = 0; i < b * GeneratorHidden; i++)
        {
            hidden[i] = Math.Max(hidden[i], 0);
        }
        g2.Forward(hidden, low, b);
        gCategory.Forward(batch.OneHot, template, b);
        for (var i = 0; i < b * InfoGanUpsample.LowPixels; i++)
        {
            low[i] = 1 / (1 + MathF.Exp(-(low[i] + template[i])));
        }
        InfoGanUpsample.Forward(low, batch.Fake, b);
    }

    /// <summary>The trunk's activations (leaky ReLU, kept for the backward pass) and the head's outputs.</summary>
    private static void DiscriminatorForward(InfoGanDense d1, InfoGanDense head, float[] images, float[] trunk, float[] headInput,
        float[] output, int b)
    {
        d1.Forward(images, trunk, b);
        for (var i = 0; i < b * DiscriminatorHidden; i++)
        {
            trunk[i] = trunk[i] > 0 ? trunk[i] : LeakySlope * trunk[i];
        }
        InfoGanBatchSpread.Append(trunk, headInput, b, DiscriminatorHidden);
        head.Forward(headInput, output, b);
    }

    /// <summary>Overwrites the head's outputs with ∂L/∂output: the GAN term toward <paramref name="realTarget"/>, and
    /// λ·(softmax − onehot) and λ·(μ − c) for the information term, all over the batch size.</summary>
    private static void OutputGradients(InfoGanBatch batch, float[] output, bool realTarget, bool withInformation, float lambda, int b)
    {
        for (var n = 0; n < b; n++)
        {
            var row = output.AsSpan(n * HeadSize, HeadSize);
            row[0] = (1 / (1 + MathF.Exp(-row[0])) - (realTarget ? 1 : 0)) / b;
            if (!withInformation)
            {
                row[1..].Clear();
                continue;
            }
            var logits = row.Slice(1, Categories);
            var max = float.NegativeInfinity;
            foreach (var l in logits)
            {
                max = Math.Max(max, l);
            }
            var sum = 0f;
            for (var k = 0; k < Categories; k++)
            {
                logits[k] = MathF.Exp(logits[k] - max);
                sum += logits[k];
            }
            for (var k = 0; k < Categories; k++)
            {
                logits[k] = lambda * (logits[k] / sum - (batch.Categories[n] == k ? 1 : 0)) / b;
            }
            for (var c = 0; c < Codes; c++)
            {
                row[1 + Categories + c] = lambda * (row[1 + Categories + c] - batch.Continuous[n * Codes + c]) / b;
            }
        }
    }

    private static void Backward(InfoGanDense d1, InfoGanDense head, float[] images, float[] trunk, float[] headInput,
        float[] outputGradient, Span<float> imageGradient, InfoGanBatch batch, bool accumulate, int b)
    {
        head.Backward(headInput, outputGradient, batch.HeadInGradient, b, accumulate);
        InfoGanBatchSpread.Backward(trunk, batch.HeadInGradient, batch.TrunkGradient, b, DiscriminatorHidden);
        for (var i = 0; i < b * DiscriminatorHidden; i++)
        {
            batch.TrunkGradient[i] *= trunk[i] > 0 ? 1 : LeakySlope;
        }
        d1.Backward(images, batch.TrunkGradient, imageGradient, b, accumulate);
    }

    private static void Shuffle(int[] order, InfoGanRandom random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
