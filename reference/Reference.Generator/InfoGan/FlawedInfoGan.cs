using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.InfoGan;

/// <summary>The answer key's checked pieces with one known mistake; with <see cref="InfoGanFlaw.None"/> it equals the
/// answer key bit for bit. Training is not part of it: mistakes are recorded on the exactly checked pieces and step only.</summary>
public sealed class FlawedInfoGan(InfoGanFlaw flaw) : IInfoGan
{
    private readonly Reference.Solutions.InfoGan _truth = new();

    public double[] GeneratorInput(int category, double[] continuous, double[] noise)
    {
        var input = _truth.GeneratorInput(category, continuous, noise);
        switch (flaw)
        {
            case InfoGanFlaw.CategoryNotOneHot:
                Array.Clear(input, 0, 10);
                input[0] = category;
                break;
            case InfoGanFlaw.CodesNotFed:
                Array.Clear(input, 0, 12);
                break;
        }
        return input;
    }

    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) => flaw == InfoGanFlaw.DiscriminatorLabelsSwapped
        ? realScores.Average(Softplus) + fakeScores.Average(s => Softplus(-s))
        : _truth.DiscriminatorLoss(realScores, fakeScores);

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda)
    {
        var gan = fakeScores.Average(s => Softplus(-s));
        var full = _truth.GeneratorLoss(fakeScores, categoryLogits, categories, continuousMeans, continuous, lambda);
        var information = (full - gan) / lambda;
        var gaussian = continuous.Subtract(continuousMeans).PointwisePower(2).RowSums().Sum() / 2 / fakeScores.Length;
        return flaw switch
        {
            InfoGanFlaw.QLossLeftOut => gan,
            InfoGanFlaw.ContinuousTermSign => gan + lambda * (information - 2 * gaussian),
            InfoGanFlaw.SaturatingGeneratorLoss => -fakeScores.Average(Softplus) + lambda * information,
            InfoGanFlaw.LambdaNotApplied => gan + information,
            _ => full,
        };
    }

    public InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index) =>
        _truth.DrawBatch(images, batchSize, noiseSize, seed, index);

    /// <summary>The two mistakes that change a training step the way they change L_G: without the information term,
    /// and with it unweighted. The others are recorded on the pieces only.</summary>
    public InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch batch, double lambda) => flaw switch
    {
        InfoGanFlaw.QLossLeftOut => _truth.Gradients(weights, batch, 0),
        InfoGanFlaw.LambdaNotApplied => _truth.Gradients(weights, batch, 1),
        _ => _truth.Gradients(weights, batch, lambda),
    };

    /// <summary>Always the answer key's: the mistakes are named on the gradients, before Adam uses them.</summary>
    public InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch batch, double lambda, double learningRate, int steps) =>
        _truth.AdamSteps(weights, batch, lambda, learningRate, steps);

    public int Train(float[][] images, InfoGanSettings settings) =>
        throw new NotSupportedException("Mistakes are recorded on the checked pieces only.");

    public float[] Generate(int category, double[] continuous, double[] noise) =>
        throw new NotSupportedException("Mistakes are recorded on the checked pieces only.");

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
