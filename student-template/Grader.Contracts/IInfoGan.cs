using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>An InfoGAN on 28×28 digit images: a generator fed a categorical code (10 values), two continuous codes and
/// noise; a discriminator whose shared trunk also feeds the Q head that recovers the codes (problem <c>infogan</c>).</summary>
/// <remarks>
/// <para>Scores are logits: D(x) = σ(s). Images are 784 grey levels in [0, 1], row by row (28 rows of 28).</para>
/// <code>
/// generator input = [onehot(category) (10), c1, c2, z (NoiseSize)]
/// L_D = mean_i softplus(−s_real,i) + mean_j softplus(s_fake,j)                      (= −log D(x) − log(1 − D(G(z))))
/// L_G = mean_j softplus(−s_fake,j) + λ·( mean_j CE(q_j, category_j) + mean_j ½ Σ_k (c_jk − μ_jk)² )
/// </code>
/// <para>CE is the cross-entropy of the Q head's 10 logits q_j against the category drawn for fake j; μ_j are the Q
/// head's two means for the continuous codes (a Gaussian of unit variance, up to a constant). The grader checks the
/// three pieces and one training step (<see cref="Gradients"/>, <see cref="AdamSteps"/>) exactly, the statistics of its
/// random draws (<see cref="DrawBatch"/>), then trains with <see cref="Train"/> and
/// measures what the codes of <see cref="Generate"/> control. The implementation needs a public parameterless
/// constructor. The full text, with the networks' layers: <c>problems/infogan.md</c>.</para>
/// </remarks>
public interface IInfoGan
{
    /// <summary>The generator's input for one image: the one-hot category, the continuous codes, then the noise.</summary>
    /// <param name="category">The categorical code, 0–9.</param>
    /// <param name="continuous">The two continuous codes c1, c2 (drawn uniformly from [−1, 1] in training).</param>
    /// <param name="noise">z, drawn from a standard normal in training.</param>
    /// <returns>A vector of length 12 + z's length.</returns>
    double[] GeneratorInput(int category, double[] continuous, double[] noise);

    /// <summary>L_D of one batch from the discriminator's scores (logits) of real and of generated images.</summary>
    double DiscriminatorLoss(double[] realScores, double[] fakeScores);

    /// <summary>L_G of one batch of generated images: the GAN term plus λ times the information term.</summary>
    /// <param name="fakeScores">The discriminator's scores (logits) of the generated images; length B.</param>
    /// <param name="categoryLogits">The Q head's logits for the category; B×10.</param>
    /// <param name="categories">The categories the images were generated with; length B.</param>
    /// <param name="continuousMeans">The Q head's means μ for the continuous codes; B×2.</param>
    /// <param name="continuous">The continuous codes the images were generated with; B×2.</param>
    /// <param name="lambda">λ.</param>
    double GeneratorLoss(double[] fakeScores, Matrix<double> categoryLogits, int[] categories,
        Matrix<double> continuousMeans, Matrix<double> continuous, double lambda);

    /// <summary>The random draws of batch <paramref name="index"/> (from 0) of a training run's first epoch, drawn by the
    /// code <see cref="Train"/> uses, from a generator seeded with <paramref name="seed"/> (the values need not be the
    /// ones <see cref="Train"/> would draw): <paramref name="batchSize"/> images of <paramref name="images"/>, none used
    /// twice in an epoch, with instance noise; per generated image a category uniform on 0–9, c1 and c2 uniform on
    /// [−1, 1], z standard normal, and its instance noise.</summary>
    /// <returns>The draws; <see cref="InfoGanStepBatch.Real"/> holds the chosen images with their noise added.</returns>
    InfoGanStepBatch DrawBatch(float[][] images, int batchSize, int noiseSize, int seed, int index);

    /// <summary>One training step's forward and backward pass at <paramref name="weights"/> on a batch whose random draws
    /// are given, updating nothing: what <see cref="Train"/> computes before each Adam step.</summary>
    /// <param name="weights">The five layers; the hidden widths are theirs, not necessarily the ones <see cref="Train"/> uses.</param>
    /// <param name="batch">The real images, the generated images' codes and noise, and their instance noise.</param>
    /// <param name="lambda">λ.</param>
    InfoGanGradients Gradients(InfoGanParameters weights, InfoGanStepBatch batch, double lambda);

    /// <summary>What <see cref="Train"/> does with one batch, repeated <paramref name="steps"/> times on the same draws:
    /// from <paramref name="weights"/> and fresh Adam moments, each step computes the gradients as
    /// <see cref="Gradients"/> does at the current weights and updates all five layers with Adam.</summary>
    /// <param name="weights">The five layers to start from.</param>
    /// <param name="batch">The one batch every step uses.</param>
    /// <param name="lambda">λ.</param>
    /// <param name="learningRate">Adam's η (β1 = 0.5, β2 = 0.999, ε = 1e-8; problems/infogan.md).</param>
    /// <param name="steps">How many updates, from 1.</param>
    /// <returns>The five layers' weights after the last update.</returns>
    InfoGanParameters AdamSteps(InfoGanParameters weights, InfoGanStepBatch batch, double lambda, double learningRate, int steps);

    /// <summary>Trains the generator, the discriminator and the Q head on <paramref name="images"/> with Adam.</summary>
    /// <param name="images">Training images, each 784 grey levels in [0, 1].</param>
    /// <param name="settings">Epochs, batch size, learning rate, λ, the noise length and the seed.</param>
    /// <returns>How many Adam updates it made: epochs × ⌊images / batch size⌋ (a last, partial batch is left out).</returns>
    int Train(float[][] images, InfoGanSettings settings);

    /// <summary>One image from the trained generator.</summary>
    /// <param name="category">The categorical code, 0–9.</param>
    /// <param name="continuous">c1, c2; the grader sweeps them over [−1, 1].</param>
    /// <param name="noise">z, of the length <see cref="Train"/> was given.</param>
    /// <returns>784 grey levels in [0, 1].</returns>
    float[] Generate(int category, double[] continuous, double[] noise);
}
