namespace Reference.Tests.InfoGan;

/// <summary>The InfoGAN training step's forward pass written from problems/infogan.md alone, in doubles and plain loops:
/// the objectives that central differences of it turn into the gradients the answer key is held to.</summary>
/// <param name="layers">Per layer in contract order, W (outputs×inputs, row by row) and b.</param>
internal sealed class DoubleInfoGanForward(
    (double[] W, double[] B)[] layers, double[,] real, int[] categories, double[,] continuous, double[,] noise, double[,] fakeNoise, double lambda)
{
    private const int Side = 28;
    private const int LowSide = 14;

    public (double[] W, double[] B)[] Layers => layers;

    private int Batch => categories.Length;

    /// <summary>The generator's images, B rows of 784.</summary>
    public double[][] Generated()
    {
        var images = new double[Batch][];
        for (var n = 0; n < Batch; n++)
        {
            var input = new double[12 + noise.GetLength(1)];
            input[categories[n]] = 1;
            input[10] = continuous[n, 0];
            input[11] = continuous[n, 1];
            for (var k = 0; k < noise.GetLength(1); k++)
            {
                input[12 + k] = noise[n, k];
            }
            var hidden = Dense(layers[0], input).Select(v => Math.Max(v, 0)).ToArray();
            var oneHot = new double[10];
            oneHot[categories[n]] = 1;
            var logits = Dense(layers[1], hidden).Zip(Dense(layers[2], oneHot), (a, b) => a + b);
            images[n] = Upsample(logits.Select(v => 1 / (1 + Math.Exp(-v))).ToArray());
        }
        return images;
    }

    /// <summary>(L_D + λ·information, L_G) at the current weights.</summary>
    public (double Discriminator, double Generator) Objectives()
    {
        var generated = Generated();
        var fake = Discriminate(Enumerable.Range(0, Batch).Select(n => generated[n].Select((v, p) => v + fakeNoise[n, p]).ToArray()).ToArray());
        var realOut = Discriminate(Enumerable.Range(0, Batch).Select(n => Enumerable.Range(0, 784).Select(p => real[n, p]).ToArray()).ToArray());
        double information = 0;
        for (var n = 0; n < Batch; n++)
        {
            var q = fake[n][1..11];
            var max = q.Max();
            information += max + Math.Log(q.Sum(l => Math.Exp(l - max))) - q[categories[n]];
            information += 0.5 * (Math.Pow(continuous[n, 0] - fake[n][11], 2) + Math.Pow(continuous[n, 1] - fake[n][12], 2));
        }
        information *= lambda / Batch;
        var discriminator = realOut.Average(o => Softplus(-o[0])) + fake.Average(o => Softplus(o[0])) + information;
        return (discriminator, fake.Average(o => Softplus(-o[0])) + information);
    }

    private double[][] Discriminate(double[][] images)
    {
        var trunk = images.Select(x => Dense(layers[3], x).Select(v => v > 0 ? v : 0.2 * v).ToArray()).ToArray();
        var width = trunk[0].Length;
        var spread = 0.0;
        for (var j = 0; j < width; j++)
        {
            var mean = trunk.Average(t => t[j]);
            spread += Math.Sqrt(trunk.Average(t => (t[j] - mean) * (t[j] - mean)) + 1e-8);
        }
        spread /= width;
        return trunk.Select(t => Dense(layers[4], [.. t, spread])).ToArray();
    }

    private static double[] Dense((double[] W, double[] B) layer, double[] x)
    {
        var y = (double[])layer.B.Clone();
        for (var o = 0; o < y.Length; o++)
        {
            for (var i = 0; i < x.Length; i++)
            {
                y[o] += layer.W[o * x.Length + i] * x[i];
            }
        }
        return y;
    }

    /// <summary>Bilinear ×2 with half-pixel centres and clamped edges: output (y, x) samples the 14×14 image at
    /// ((y + ½)/2 − ½, (x + ½)/2 − ½).</summary>
    private static double[] Upsample(double[] low)
    {
        var full = new double[Side * Side];
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var (sy, sx) = ((y + 0.5) / 2 - 0.5, (x + 0.5) / 2 - 0.5);
                var (y0, x0) = ((int)Math.Floor(sy), (int)Math.Floor(sx));
                var (wy, wx) = (sy - y0, sx - x0);
                double At(int r, int c) => low[Math.Clamp(r, 0, LowSide - 1) * LowSide + Math.Clamp(c, 0, LowSide - 1)];
                full[y * Side + x] = (1 - wy) * ((1 - wx) * At(y0, x0) + wx * At(y0, x0 + 1)) + wy * ((1 - wx) * At(y0 + 1, x0) + wx * At(y0 + 1, x0 + 1));
            }
        }
        return full;
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
