using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>One dense layer y = W x + b of an <see cref="IInfoGan"/>, or the gradients of a loss with respect to it.</summary>
/// <param name="Weights">W; outputs×inputs.</param>
/// <param name="Bias">b; length outputs.</param>
public sealed record InfoGanLayer(Matrix<double> Weights, Vector<double> Bias);
