namespace Reference.Solutions;

/// <summary>The buffers of one training batch of <see cref="InfoGan"/>, allocated once, and the codes drawn for it.</summary>
public sealed class InfoGanBatch(int size, int inputSize, int generatorHidden, int trunk, int head, int pixels)
{
    public float[] GeneratorIn { get; } = new float[size * inputSize];
    public float[] GeneratorHidden { get; } = new float[size * generatorHidden];
    public float[] GeneratorHiddenGradient { get; } = new float[size * generatorHidden];
    public float[] Fake { get; } = new float[size * pixels];
    public float[] Low { get; } = new float[size * InfoGanUpsample.LowPixels];
    public float[] LowGradient { get; } = new float[size * InfoGanUpsample.LowPixels];
    public float[] FakeGradient { get; } = new float[size * pixels];
    public float[] Real { get; } = new float[size * pixels];
    public float[] TrunkReal { get; } = new float[size * trunk];
    public float[] TrunkFake { get; } = new float[size * trunk];
    public float[] TrunkGradient { get; } = new float[size * trunk];
    public float[] HeadInReal { get; } = new float[size * (trunk + 1)];
    public float[] HeadInFake { get; } = new float[size * (trunk + 1)];
    public float[] HeadInGradient { get; } = new float[size * (trunk + 1)];
    public float[] OutReal { get; } = new float[size * head];
    public float[] OutFake { get; } = new float[size * head];
    public float[] OutFakeForGenerator { get; } = new float[size * head];
    public int[] Categories { get; } = new int[size];
    public float[] OneHot { get; } = new float[size * 10];
    public float[] Continuous { get; } = new float[size * 2];

    /// <summary>Gaussian noise of deviation <paramref name="deviation"/> on every pixel of the real and of the generated
    /// images the discriminator sees (the generator's own output is kept in <see cref="Fake"/>).</summary>
    public void AddInstanceNoise(InfoGanRandom random, float deviation)
    {
        for (var i = 0; i < Real.Length; i++)
        {
            NoisyReal[i] = Real[i] + deviation * (float)random.Normal();
            NoisyFake[i] = Fake[i] + deviation * (float)random.Normal();
        }
    }

    public float[] NoisyReal { get; } = new float[size * pixels];
    public float[] NoisyFake { get; } = new float[size * pixels];

    /// <summary>Draws a uniform category, two codes uniform in [−1, 1] and standard normal noise per image.</summary>
    public void SampleCodes(InfoGanRandom random, int noiseSize)
    {
        Span<float> continuous = stackalloc float[2];
        var noise = new float[noiseSize];
        for (var n = 0; n < size; n++)
        {
            var category = random.NextInt(10);
            for (var c = 0; c < 2; c++)
            {
                continuous[c] = (float)(2 * random.NextDouble() - 1);
            }
            for (var k = 0; k < noiseSize; k++)
            {
                noise[k] = (float)random.Normal();
            }
            SetCodes(n, category, continuous, noise);
        }
    }

    /// <summary>Lays out image <paramref name="n"/>'s codes as the generator's input [onehot(category), c1, c2, z].</summary>
    public void SetCodes(int n, int category, ReadOnlySpan<float> continuous, ReadOnlySpan<float> noise)
    {
        var row = GeneratorIn.AsSpan(n * inputSize, inputSize);
        row.Clear();
        OneHot.AsSpan(n * 10, 10).Clear();
        Categories[n] = category;
        row[category] = 1;
        OneHot[n * 10 + category] = 1;
        continuous.CopyTo(row[10..]);
        continuous.CopyTo(Continuous.AsSpan(n * 2, 2));
        noise.CopyTo(row[12..]);
    }
}
