using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your InfoGAN. The problem, its losses and how it is measured: problems/infogan.md.</summary>
public sealed class InfoGan : IInfoGan
{
    public double[] GeneratorInput(int category, double[] continuous, double[] noise) =>
        throw NotDone("GeneratorInput: [onehot(category), c1, c2, z]");

    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) =>
        throw NotDone("DiscriminatorLoss: mean softplus(−s_real) + mean softplus(s_fake)");

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda) =>
        throw NotDone("GeneratorLoss: mean softplus(−s_fake) + λ·(cross-entropy + ½ Σ (c − μ)²)");

    public void Train(float[][] images, InfoGanSettings settings) =>
        throw NotDone("Train: the generator, the discriminator and the Q head with Adam");

    public float[] Generate(int category, double[] continuous, double[] noise) =>
        throw NotDone("Generate: one image from the trained generator");

    private static NotImplementedException NotDone(string what) =>
        new($"infogan: {what} is not implemented yet. See problems/infogan.md.");
}
