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

    public InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index) =>
        throw NotDone("DrawBatch: the random draws of one training batch");

    public InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch batch, double lambda) =>
        throw NotDone("Gradients: one training step's forward and backward pass at the given weights");

    public InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch batch, double lambda, double learningRate, int steps) =>
        throw NotDone("AdamSteps: Adam updates of the five layers on one batch");

    public int Train(float[][] images, InfoGanSettings settings) =>
        throw NotDone("Train: the generator, the discriminator and the Q head with Adam");

    public float[] Generate(int category, double[] continuous, double[] noise) =>
        throw NotDone("Generate: one image from the trained generator");

    private static NotImplementedException NotDone(string what) =>
        new($"infogan: {what} is not implemented yet. See problems/infogan.md.");
}
