using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key of <c>infogan</c>: an MLP generator (codes and noise → 128 ReLU → 14×14 sigmoid, upsampled
/// to 28×28) and an MLP discriminator (784 → 64 leaky ReLU) whose shared trunk and batch spread feed one linear head of
/// 13: the real/fake score, the 10 category logits and the 2 continuous means of Q. Float arithmetic, one thread,
/// deterministic from the seed. The losses and their gradients at the head are in InfoGan.Objective.cs.</summary>
public sealed partial class InfoGan : IInfoGan
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

    private InfoGanNetworks? _networks;

    public double[] GeneratorInput(int category, double[] continuous, double[] noise)
    {
        var input = new double[Categories + Codes + noise.Length];
        input[category] = 1;
        continuous.CopyTo(input, Categories);
        noise.CopyTo(input, Categories + Codes);
        return input;
    }

    public InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch given, double lambda)
    {
        var networks = Networks(weights);
        var b = given.Categories.Length;
        var batch = Load(networks, given);
        Forward(networks, batch, given);

        var realScores = Enumerable.Range(0, b).Select(n => (double)batch.OutReal[n * HeadSize]).ToArray();
        var fakeScores = Enumerable.Range(0, b).Select(n => (double)batch.OutFake[n * HeadSize]).ToArray();
        var (logits, means) = (Block(batch.OutFake, b, 1, Categories), Block(batch.OutFake, b, 1 + Categories, Codes));
        var generatorObjective = GeneratorLoss(fakeScores, logits, given.Categories, means, given.Continuous, lambda);
        var information = generatorObjective - GeneratorLoss(fakeScores, logits, given.Categories, means, given.Continuous, 0);
        var discriminatorObjective = DiscriminatorLoss(realScores, fakeScores) + information;

        Backpropagate(networks, batch, (float)lambda, b);
        return new InfoGanGradients(Block(batch.Fake, b, 0, Pixels), discriminatorObjective, generatorObjective,
            Parameters(networks, layer => layer.Gradients));
    }

    public InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch given, double lambda, double learningRate, int steps)
    {
        var networks = Networks(weights);
        var batch = Load(networks, given);
        for (var step = 0; step < steps; step++)
        {
            Forward(networks, batch, given);
            Backpropagate(networks, batch, (float)lambda, given.Categories.Length);
            Update(networks, (float)learningRate);
        }
        return Parameters(networks, layer => layer.Parameters);
    }

    public InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index)
    {
        var random = new InfoGanRandom((ulong)seed);
        var order = Enumerable.Range(0, images.Length).ToArray();
        Shuffle(order, random);
        // No generator runs here: its images stay 0, so the generated images' instance noise is the noise itself.
        var batch = new InfoGanBatch(batchSize, Categories + Codes + noiseSize, 1, 1, HeadSize, Pixels);
        for (var k = 0; k <= index; k++)
        {
            Draw(images, order, k * batchSize, batch, random, noiseSize);
            batch.AddInstanceNoise(random, InstanceNoise);
        }
        return new InfoGanStepBatch(Block(batch.NoisyReal, batchSize, 0, Pixels), batch.Categories.ToArray(),
            Block(batch.Continuous, batchSize, 0, Codes), Block(batch.GeneratorIn, batchSize, Categories + Codes, noiseSize),
            Block(batch.NoisyFake, batchSize, 0, Pixels));
    }

    public int Train(float[][] images, InfoGanSettings settings)
    {
        var updates = 0;
        var random = new InfoGanRandom((ulong)settings.Seed);
        var networks = _networks = new InfoGanNetworks(
            new InfoGanDense(Categories + Codes + settings.NoiseSize, GeneratorHidden, random),
            new InfoGanDense(GeneratorHidden, InfoGanUpsample.LowPixels, random),
            new InfoGanDense(Categories, InfoGanUpsample.LowPixels, random),
            new InfoGanDense(Pixels, DiscriminatorHidden, random),
            new InfoGanDense(DiscriminatorHidden + 1, HeadSize, random));
        var b = settings.BatchSize;
        var batch = NewBatch(networks, b);
        var order = Enumerable.Range(0, images.Length).ToArray();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            Shuffle(order, random);
            for (var start = 0; start + b <= order.Length; start += b)
            {
                Draw(images, order, start, batch, random, settings.NoiseSize);
                GeneratorForward(networks, batch, b);
                batch.AddInstanceNoise(random, InstanceNoise);
                DiscriminatorForward(networks, batch, b);
                Backpropagate(networks, batch, (float)settings.Lambda, b);
                Update(networks, (float)settings.LearningRate);
                updates++;
            }
        }
        return updates;
    }

    public float[] Generate(int category, double[] continuous, double[] noise)
    {
        var networks = _networks ?? throw new InvalidOperationException("Train first.");
        var batch = NewBatch(networks, 1);
        batch.SetCodes(0, category, Floats(continuous), Floats(noise));
        GeneratorForward(networks, batch, 1);
        return batch.Fake.ToArray();
    }

    /// <summary>The real images of the batch from <paramref name="start"/> in this epoch's order, and fresh codes and noise.</summary>
    private static void Draw(float[][] images, int[] order, int start, InfoGanBatch batch, InfoGanRandom random, int noiseSize)
    {
        for (var n = 0; n < batch.Categories.Length; n++)
        {
            images[order[start + n]].CopyTo(batch.Real, n * Pixels);
        }
        batch.SampleCodes(random, noiseSize);
    }

    /// <summary>A batch holding the given codes and real images, for <see cref="Forward"/> to run on.</summary>
    private static InfoGanBatch Load(InfoGanNetworks networks, InfoGanStepBatch given)
    {
        var b = given.Categories.Length;
        var batch = NewBatch(networks, b);
        for (var n = 0; n < b; n++)
        {
            batch.SetCodes(n, given.Categories[n], Floats(given.Continuous.Row(n)), Floats(given.Noise.Row(n)));
        }
        for (var i = 0; i < b * Pixels; i++)
        {
            batch.NoisyReal[i] = (float)given.Real[i / Pixels, i % Pixels];
        }
        return batch;
    }

    /// <summary>The generator, the given instance noise on its images, and the discriminator on both batches.</summary>
    private static void Forward(InfoGanNetworks networks, InfoGanBatch batch, InfoGanStepBatch given)
    {
        var b = given.Categories.Length;
        GeneratorForward(networks, batch, b);
        for (var i = 0; i < b * Pixels; i++)
        {
            batch.NoisyFake[i] = batch.Fake[i] + (float)given.FakeInstanceNoise[i / Pixels, i % Pixels];
        }
        DiscriminatorForward(networks, batch, b);
    }

    private static void Update(InfoGanNetworks networks, float learningRate)
    {
        foreach (var layer in new[] { networks.GeneratorHidden, networks.GeneratorOutput, networks.CategoryTemplate, networks.Trunk, networks.Head })
        {
            layer.Step(learningRate);
        }
    }

    private static InfoGanBatch NewBatch(InfoGanNetworks networks, int b) => new(b, networks.GeneratorHidden.Inputs,
        networks.GeneratorHidden.Outputs, networks.Trunk.Outputs, networks.Head.Outputs, Pixels);

    private static void GeneratorForward(InfoGanNetworks networks, InfoGanBatch batch, int b)
    {
        var (hidden, low, template) = (batch.GeneratorHidden, batch.Low, batch.LowGradient);
        networks.GeneratorHidden.Forward(batch.GeneratorIn, hidden, b);
        for (var i = 0; i < b * networks.GeneratorHidden.Outputs; i++)
        {
            hidden[i] = Math.Max(hidden[i], 0);
        }
        networks.GeneratorOutput.Forward(hidden, low, b);
        networks.CategoryTemplate.Forward(batch.OneHot, template, b);
        for (var i = 0; i < b * InfoGanUpsample.LowPixels; i++)
        {
            low[i] = 1 / (1 + MathF.Exp(-(low[i] + template[i])));
        }
        InfoGanUpsample.Forward(low, batch.Fake, b);
    }

    /// <summary>The discriminator on the (noisy) real and generated images. One forward pass serves both players
    /// (simultaneous updates): D and Q learn to score real images 1 and generated ones 0 and to recover the codes; G
    /// learns to make D score its images 1 and to let Q recover them.</summary>
    private static void DiscriminatorForward(InfoGanNetworks networks, InfoGanBatch batch, int b)
    {
        Discriminate(networks, batch.NoisyReal, batch.TrunkReal, batch.HeadInReal, batch.OutReal, b);
        Discriminate(networks, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFake, b);
        batch.OutFake.CopyTo(batch.OutFakeForGenerator, 0);
    }

    /// <summary>Accumulates the gradients of D and Q's objective on the trunk and the head, and L_G's on the generator.</summary>
    private static void Backpropagate(InfoGanNetworks networks, InfoGanBatch batch, float lambda, int b)
    {
        OutputGradients(batch, batch.OutReal, realTarget: true, withInformation: false, lambda, b);
        Backward(networks, batch.NoisyReal, batch.TrunkReal, batch.HeadInReal, batch.OutReal, [], batch, accumulate: true, b);
        OutputGradients(batch, batch.OutFake, realTarget: false, withInformation: true, lambda, b);
        Backward(networks, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFake, [], batch, accumulate: true, b);
        OutputGradients(batch, batch.OutFakeForGenerator, realTarget: true, withInformation: true, lambda, b);
        Backward(networks, batch.NoisyFake, batch.TrunkFake, batch.HeadInFake, batch.OutFakeForGenerator, batch.FakeGradient, batch,
            accumulate: false, b);

        InfoGanUpsample.Backward(batch.FakeGradient, batch.LowGradient, b);
        for (var i = 0; i < b * InfoGanUpsample.LowPixels; i++)
        {
            batch.LowGradient[i] *= batch.Low[i] * (1 - batch.Low[i]);
        }
        networks.GeneratorOutput.Backward(batch.GeneratorHidden, batch.LowGradient, batch.GeneratorHiddenGradient, b, accumulate: true);
        networks.CategoryTemplate.Backward(batch.OneHot, batch.LowGradient, [], b, accumulate: true);
        for (var i = 0; i < b * networks.GeneratorHidden.Outputs; i++)
        {
            batch.GeneratorHiddenGradient[i] = batch.GeneratorHidden[i] > 0 ? batch.GeneratorHiddenGradient[i] : 0;
        }
        networks.GeneratorHidden.Backward(batch.GeneratorIn, batch.GeneratorHiddenGradient, [], b, accumulate: true);
    }

    /// <summary>The trunk's activations (leaky ReLU, kept for the backward pass) and the head's outputs.</summary>
    private static void Discriminate(InfoGanNetworks networks, float[] images, float[] trunk, float[] headInput,
        float[] output, int b)
    {
        var width = networks.Trunk.Outputs;
        networks.Trunk.Forward(images, trunk, b);
        for (var i = 0; i < b * width; i++)
        {
            trunk[i] = trunk[i] > 0 ? trunk[i] : LeakySlope * trunk[i];
        }
        InfoGanBatchSpread.Append(trunk, headInput, b, width);
        networks.Head.Forward(headInput, output, b);
    }

    private static void Backward(InfoGanNetworks networks, float[] images, float[] trunk, float[] headInput,
        float[] outputGradient, Span<float> imageGradient, InfoGanBatch batch, bool accumulate, int b)
    {
        var width = networks.Trunk.Outputs;
        networks.Head.Backward(headInput, outputGradient, batch.HeadInGradient, b, accumulate);
        InfoGanBatchSpread.Backward(trunk, batch.HeadInGradient, batch.TrunkGradient, b, width);
        for (var i = 0; i < b * width; i++)
        {
            batch.TrunkGradient[i] *= trunk[i] > 0 ? 1 : LeakySlope;
        }
        networks.Trunk.Backward(images, batch.TrunkGradient, imageGradient, b, accumulate);
    }

    private static void Shuffle(int[] order, InfoGanRandom random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private static InfoGanNetworks Networks(InfoGanParameters weights) => new(Dense(weights.GeneratorHidden),
        Dense(weights.GeneratorOutput), Dense(weights.CategoryTemplate), Dense(weights.Trunk), Dense(weights.Head));

    private static InfoGanDense Dense(InfoGanLayer layer) => new(Floats(layer.Weights.ToRowMajorArray()), Floats(layer.Bias));

    /// <summary>Each layer's weights or gradients, as <paramref name="read"/> picks them, in doubles.</summary>
    private static InfoGanParameters Parameters(InfoGanNetworks networks, Func<InfoGanDense, (float[] Weights, float[] Bias)> read)
    {
        InfoGanLayer Layer(InfoGanDense layer) => new(
            Matrix<double>.Build.DenseOfRowMajor(layer.Outputs, layer.Inputs, read(layer).Weights.Select(w => (double)w)),
            Vector<double>.Build.DenseOfEnumerable(read(layer).Bias.Select(b => (double)b)));
        return new InfoGanParameters(Layer(networks.GeneratorHidden), Layer(networks.GeneratorOutput), Layer(networks.CategoryTemplate),
            Layer(networks.Trunk), Layer(networks.Head));
    }

    /// <summary>Columns <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="width"/> of a batch's
    /// rows laid out one after another.</summary>
    private static Matrix<double> Block(float[] rows, int b, int offset, int width)
    {
        var stride = rows.Length / b;
        return Matrix<double>.Build.Dense(b, width, (n, k) => rows[n * stride + offset + k]);
    }

    private static float[] Floats(IEnumerable<double> values) => values.Select(v => (float)v).ToArray();
}
