using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>A snapshot of the three weights of an <see cref="INbackRnn"/>.</summary>
/// <param name="U">The recurrent weight; n×n.</param>
/// <param name="V">The input weight; n×d.</param>
/// <param name="W">The output weight; length n.</param>
public sealed record NbackWeights(Matrix<double> U, Matrix<double> V, Vector<double> W);
