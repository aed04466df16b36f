namespace Grader.Contracts;

/// <summary>How <see cref="IInfoGan.Train"/> trains: the grader's choice for every submission, so that runs compare.</summary>
/// <param name="Seed">Seeds every random draw of the run (initial weights, batches, codes, noise): the same seed must
/// give the same generator.</param>
/// <param name="Epochs">Passes over the images.</param>
/// <param name="BatchSize">Images per Adam step.</param>
/// <param name="LearningRate">Adam's step size for both networks (β1 = 0.5, β2 = 0.999 are suggested).</param>
/// <param name="Lambda">λ, the weight of the information term in the generator's loss.</param>
/// <param name="NoiseSize">The length of the noise z the generator takes besides the codes.</param>
public sealed record InfoGanSettings(int Seed, int Epochs, int BatchSize, double LearningRate, double Lambda, int NoiseSize);
