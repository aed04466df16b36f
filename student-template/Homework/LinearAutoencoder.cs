using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your linear autoencoder. The problem: problems/linear-autoencoder.md.</summary>
public sealed class LinearAutoencoder : ILinearAutoencoder
{
    public void Fit(Matrix<double> data, int hiddenUnits) =>
        throw NotDone("Fit: gradient descent on the mean squared error of centred data");

    public Matrix<double> Encoder => throw NotDone("Encoder (k×d)");
    public Matrix<double> Decoder => throw NotDone("Decoder (d×k)");

    private static NotImplementedException NotDone(string what) =>
        new($"linear-autoencoder: {what} is not implemented yet. See problems/linear-autoencoder.md.");
}
