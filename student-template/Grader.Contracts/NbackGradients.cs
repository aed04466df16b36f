using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>The gradients of the n-back loss J with respect to the three weights of an <see cref="INbackRnn"/>.</summary>
/// <param name="DU">∂J/∂U; n×n, entry [i, j] is ∂J/∂U[i, j].</param>
/// <param name="DV">∂J/∂V; n×d.</param>
/// <param name="Dw">∂J/∂w; length n.</param>
public sealed record NbackGradients(Matrix<double> DU, Matrix<double> DV, Vector<double> Dw);
