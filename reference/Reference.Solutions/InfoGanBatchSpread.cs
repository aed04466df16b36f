namespace Reference.Solutions;

/// <summary>The minibatch spread feature: the mean over the discriminator's trunk features of their standard deviation
/// across the batch. Given to the head as one more input, it lets the discriminator see a generator that makes the same
/// image for every code (mode collapse), which a per-image discriminator cannot.</summary>
public static class InfoGanBatchSpread
{
    private const float Epsilon = 1e-8f;

    /// <summary>Copies the b×h <paramref name="trunk"/> into the b×(h+1) <paramref name="headInput"/>, the spread last.</summary>
    public static void Append(float[] trunk, float[] headInput, int b, int h)
    {
        var spread = 0f;
        for (var j = 0; j < h; j++)
        {
            spread += Deviation(trunk, j, b, h).Deviation;
        }
        spread /= h;
        for (var n = 0; n < b; n++)
        {
            trunk.AsSpan(n * h, h).CopyTo(headInput.AsSpan(n * (h + 1), h));
            headInput[n * (h + 1) + h] = spread;
        }
    }

    /// <summary>From ∂L/∂(head input), b×(h+1), the gradient on the trunk, b×h: the direct part plus the spread's.</summary>
    public static void Backward(float[] trunk, float[] headInputGradient, float[] trunkGradient, int b, int h)
    {
        var total = 0f;
        for (var n = 0; n < b; n++)
        {
            total += headInputGradient[n * (h + 1) + h];
            headInputGradient.AsSpan(n * (h + 1), h).CopyTo(trunkGradient.AsSpan(n * h, h));
        }
        for (var j = 0; j < h; j++)
        {
            var (mean, deviation) = Deviation(trunk, j, b, h);
            var scale = total / (h * b * deviation);
            for (var n = 0; n < b; n++)
            {
                trunkGradient[n * h + j] += scale * (trunk[n * h + j] - mean);
            }
        }
    }

    private static (float Mean, float Deviation) Deviation(float[] trunk, int j, int b, int h)
    {
        var mean = 0f;
        for (var n = 0; n < b; n++)
        {
            mean += trunk[n * h + j];
        }
        mean /= b;
        var variance = 0f;
        for (var n = 0; n < b; n++)
        {
            variance += (trunk[n * h + j] - mean) * (trunk[n * h + j] - mean);
        }
        return (mean, MathF.Sqrt(variance / b + Epsilon));
    }
}
