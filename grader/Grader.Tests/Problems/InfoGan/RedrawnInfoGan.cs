using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The answer key with its batches' draws changed by <paramref name="change"/>: (the epoch's first batch, the
/// batch asked for, its index) → the batch returned; and Adam's weights by <paramref name="changeAdam"/>, if given.</summary>
internal sealed class RedrawnInfoGan(
    Func<InfoGanStepBatch, InfoGanStepBatch, int, InfoGanStepBatch?> change, Func<InfoGanParameters, InfoGanParameters>? changeAdam = null) : IInfoGan
{
    private readonly Reference.Solutions.InfoGan _key = new();

    public double[] GeneratorInput(int category, double[] continuous, double[] noise) => _key.GeneratorInput(category, continuous, noise);

    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) => _key.DiscriminatorLoss(realScores, fakeScores);

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda) =>
        _key.GeneratorLoss(fakeScores, categoryLogits, categories, continuousMeans, continuous, lambda);

    public InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index) =>
        change(_key.DrawBatch(images, batchSize, noiseSize, seed, 0), _key.DrawBatch(images, batchSize, noiseSize, seed, index), index)!;

    public InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch batch, double lambda) => _key.Gradients(weights, batch, lambda);

    public InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch batch, double lambda, double learningRate, int steps) =>
        (changeAdam ?? (p => p))(_key.AdamSteps(weights, batch, lambda, learningRate, steps));

    public int Train(float[][] images, InfoGanSettings settings) => throw new NotSupportedException();

    public float[] Generate(int category, double[] continuous, double[] noise) => throw new NotSupportedException();
}
