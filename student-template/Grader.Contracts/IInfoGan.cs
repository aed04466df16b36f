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
/// three pieces exactly, then trains with <see cref="Train"/> and measures what the codes of <see cref="Generate"/>
/// control. The implementation needs a public parameterless constructor. The full text: <c>problems/infogan.md</c>.</para>
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

    /// <summary>Trains the generator, the discriminator and the Q head on <paramref name="images"/> with Adam.</summary>
    /// <param name="images">Training images, each 784 grey levels in [0, 1].</param>
    /// <param name="settings">Epochs, batch size, learning rate, λ, the noise length and the seed.</param>
    void Train(float[][] images, InfoGanSettings settings);

    /// <summary>One image from the trained generator.</summary>
    /// <param name="category">The categorical code, 0–9.</param>
    /// <param name="continuous">c1, c2; the grader sweeps them over [−1, 1].</param>
    /// <param name="noise">z, of the length <see cref="Train"/> was given.</param>
    /// <returns>784 grey levels in [0, 1].</returns>
    float[] Generate(int category, double[] continuous, double[] noise);
}
