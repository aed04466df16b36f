using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>Everything one training step of an <see cref="IInfoGan"/> draws at random, drawn already, so that the step
/// is exact: B real images, the codes and noise of B generated ones, and the instance noise of the generated images.</summary>
/// <param name="Real">The real images as the discriminator sees them (instance noise already added); B×784.</param>
/// <param name="Categories">The categorical code of each generated image, 0–9; length B.</param>
/// <param name="Continuous">c1, c2 of each generated image; B×2.</param>
/// <param name="Noise">z of each generated image; B×(z's length).</param>
/// <param name="FakeInstanceNoise">What is added to each generated image before the discriminator sees it; B×784.</param>
public sealed record InfoGanStepBatch(
    Matrix<double> Real,
    int[] Categories,
    Matrix<double> Continuous,
    Matrix<double> Noise,
    Matrix<double> FakeInstanceNoise);
