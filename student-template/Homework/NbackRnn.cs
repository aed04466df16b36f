using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your n-back RNN. The problem and its equations: problems/nback-rnn.md.</summary>
public sealed class NbackRnn : INbackRnn
{
    public Matrix<double> U { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> V { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> W { get; set; } = Vector<double>.Build.Dense(0);

    public Vector<double> Predict(Matrix<double> x) =>
        throw NotDone("Predict: h_t = tanh(U h_{t−1} + V x_t), ŷ_t = w · h_t");

    public double Loss(Matrix<double> x, Vector<double> y) =>
        throw NotDone("Loss: J = Σ_t ½ (ŷ_t − y_t)²");

    public NbackGradients Gradients(Matrix<double> x, Vector<double> y) =>
        throw NotDone("Gradients: ∂J/∂U, ∂J/∂V and ∂J/∂w by back-propagation through time");

    public NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed) =>
        throw NotDone("Train: gradient descent from N(0, 0.1²) initial weights");

    private static NotImplementedException NotDone(string what) =>
        new($"nback-rnn: {what} is not implemented yet. See problems/nback-rnn.md.");
}
