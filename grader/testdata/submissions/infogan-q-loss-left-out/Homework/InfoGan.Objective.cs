using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

// An InfoGAN whose objective forgets the information term: L_G is the GAN term alone, in GeneratorLoss and in the
// gradients at the head, so nothing makes the codes matter; the generator is free to ignore them. Everything else (the
// networks, training, batches, upsampling, random numbers) is the answer key's own files, linked rather than copied.

/// <summary>The losses and their gradients at the discriminator's head, without Q's information term.</summary>
public sealed partial class InfoGan : IInfoGan
{
    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) =>
        realScores.Average(s => Softplus(-s)) + fakeScores.Average(Softplus);

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda) =>
        fakeScores.Average(s => Softplus(-s));

    /// <summary>Overwrites the head's outputs with ∂L/∂output: the GAN term toward <paramref name="realTarget"/>, over
    /// the batch size; the category logits and the continuous means get no gradient.</summary>
    private static void OutputGradients(InfoGanBatch batch, float[] output, bool realTarget, bool withInformation, float lambda, int b)
    {
        for (var n = 0; n < b; n++)
        {
            var row = output.AsSpan(n * HeadSize, HeadSize);
            row[0] = (1 / (1 + MathF.Exp(-row[0])) - (realTarget ? 1 : 0)) / b;
            row[1..].Clear();
        }
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
