using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your softmax RNN. The problem and its equations: problems/softmax-rnn.md.</summary>
public sealed class SoftmaxRnn : ISoftmaxRnn
{
    public Matrix<double> Wxh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Whh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> Bh { get; set; } = Vector<double>.Build.Dense(0);
    public Matrix<double> Whz { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> Bz { get; set; } = Vector<double>.Build.Dense(0);

    public Matrix<double> States(Matrix<double> x) => throw NotDone("States: h_t = tanh(Wxh x_t + Whh h_{t−1} + bh)");

    public Vector<double> Unrolled(Matrix<double> x, int t) => throw NotDone("Unrolled: the composition G_t(x_t, …, x_1)");

    public Matrix<double> Probabilities(Matrix<double> x) => throw NotDone("Probabilities: z_t = softmax(Whz h_t + bz)");

    public double Loss(Matrix<double> x, IReadOnlyList<int> y) => throw NotDone("Loss: L = Σ_t −log z_{t, y_t}");

    public SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y) =>
        throw NotDone("Gradients: the five gradients by back-propagation through time");

    private static NotImplementedException NotDone(string what) =>
        new($"softmax-rnn: {what} is not implemented yet. See problems/softmax-rnn.md.");
}
