using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>InfoGAN's objective: D and Q's loss, G's loss with the information term λ·L_I, and their gradients at the
/// discriminator's head.</summary>
public sealed partial class InfoGan : IInfoGan
{
    public double DiscriminatorLoss(double[] realScores, double[] fakeScores) =>
        realScores.Average(s => Softplus(-s)) + fakeScores.Average(Softplus);

    public double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda)
    {
        var batch = fakeScores.Length;
        double crossEntropy = 0, gaussian = 0;
        for (var j = 0; j < batch; j++)
        {
            var logits = categoryLogits.Row(j);
            var max = logits.Maximum();
            crossEntropy += max + Math.Log(logits.Sum(l => Math.Exp(l - max))) - logits[categories[j]];
            gaussian += 0.5 * (continuous.Row(j) - continuousMeans.Row(j)).PointwisePower(2).Sum();
        }
        return fakeScores.Average(s => Softplus(-s)) + lambda * (crossEntropy / batch + gaussian / batch);
    }

    /// <summary>Overwrites the head's outputs with ∂L/∂output: the GAN term toward <paramref name="realTarget"/>, and
    /// λ·(softmax − onehot) and λ·(μ − c) for the information term, all over the batch size.</summary>
    private static void OutputGradients(InfoGanBatch batch, float[] output, bool realTarget, bool withInformation, float lambda, int b)
    {
        for (var n = 0; n < b; n++)
        {
            var row = output.AsSpan(n * HeadSize, HeadSize);
            row[0] = (1 / (1 + MathF.Exp(-row[0])) - (realTarget ? 1 : 0)) / b;
            if (!withInformation)
            {
                row[1..].Clear();
                continue;
            }
            var logits = row.Slice(1, Categories);
            var max = float.NegativeInfinity;
            foreach (var l in logits)
            {
                max = Math.Max(max, l);
            }
            var sum = 0f;
            for (var k = 0; k < Categories; k++)
            {
                logits[k] = MathF.Exp(logits[k] - max);
                sum += logits[k];
            }
            for (var k = 0; k < Categories; k++)
            {
                logits[k] = lambda * (logits[k] / sum - (batch.Categories[n] == k ? 1 : 0)) / b;
            }
            for (var c = 0; c < Codes; c++)
            {
                row[1 + Categories + c] = lambda * (row[1 + Categories + c] - batch.Continuous[n * Codes + c]) / b;
            }
        }
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
