using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>The forward and backward pass of one training step of an <see cref="IInfoGan"/>, before any update.</summary>
/// <param name="Generated">The generator's images for the batch's codes and noise, before instance noise; B×784.</param>
/// <param name="DiscriminatorObjective">What D and Q minimise: L_D + λ·(information term of the generated batch).</param>
/// <param name="GeneratorObjective">What G minimises: L_G.</param>
/// <param name="Gradients">∂(D and Q's objective)/∂ for <see cref="InfoGanParameters.Trunk"/> and
/// <see cref="InfoGanParameters.Head"/>; ∂L_G/∂ for the three generator layers.</param>
public sealed record InfoGanGradients(
    Matrix<double> Generated,
    double DiscriminatorObjective,
    double GeneratorObjective,
    InfoGanParameters Gradients);
