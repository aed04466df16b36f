using Grader.Contracts;
using Grader.Core.Problems.InfoGan;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>A stand-in for a trained generator that draws procedural digits: the category picks the digit (or, when
/// <paramref name="ignoreCodes"/>, nothing but the noise matters), c1 the slant and c2 the stroke width.</summary>
internal sealed class RenderedInfoGan(bool ignoreCodes) : IInfoGan
{
    public double[] GeneratorInput(int category, double[] continuous, double[] noise) => throw new NotSupportedException();

    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) => throw new NotSupportedException();

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda) => throw new NotSupportedException();

    public InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index) =>
        throw new NotSupportedException();

    public InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch batch, double lambda) =>
        throw new NotSupportedException();

    public InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch batch, double lambda, double learningRate, int steps) =>
        throw new NotSupportedException();

    public int Train(float[][] images, InfoGanSettings settings) => settings.Epochs * (images.Length / settings.BatchSize);

    public float[] Generate(int category, double[] continuous, double[] noise)
    {
        var shift = Math.Clamp(noise[0] * 0.3, -0.5, 0.5);
        return ignoreCodes
            ? DigitRenderer.Render(new DigitFactors(3, 0.1 * noise[1], 2 + 0.2 * noise[2], shift, 0))
            : DigitRenderer.Render(new DigitFactors(category, 0.3 * continuous[0], 2.2 + 0.8 * continuous[1], shift, 0));
    }
}
