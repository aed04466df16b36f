using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>The gradients of the cross-entropy loss L of an <see cref="ISoftmaxRnn"/> with respect to its five weights.</summary>
/// <param name="DWxh">∂L/∂Wxh; n×d.</param>
/// <param name="DWhh">∂L/∂Whh; n×n, entry [i, j] is ∂L/∂Whh[i, j].</param>
/// <param name="Dbh">∂L/∂bh; length n.</param>
/// <param name="DWhz">∂L/∂Whz; c×n.</param>
/// <param name="Dbz">∂L/∂bz; length c.</param>
public sealed record SoftmaxRnnGradients(Matrix<double> DWxh, Matrix<double> DWhh, Vector<double> Dbh, Matrix<double> DWhz, Vector<double> Dbz);
