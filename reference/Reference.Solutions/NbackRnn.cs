using Grader.Contracts;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>nback-rnn</c>: a tanh RNN with a linear output, BPTT, and gradient descent.</summary>
public sealed class NbackRnn : INbackRnn
{
    private const double LearningRate = 0.02;
    private const int Epochs = 2000;

    public Matrix<double> U { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> V { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> W { get; set; } = Vector<double>.Build.Dense(0);

    public Vector<double> Predict(Matrix<double> x)
    {
        var states = States(x);
        return Vector<double>.Build.Dense(x.RowCount, t => W.DotProduct(states[t + 1]));
    }

    public double Loss(Matrix<double> x, Vector<double> y)
    {
        var error = Predict(x) - y;
        return 0.5 * error.DotProduct(error);
    }

    public NbackGradients Gradients(Matrix<double> x, Vector<double> y)
    {
        var states = States(x);
        var dU = Matrix<double>.Build.Dense(U.RowCount, U.ColumnCount);
        var dV = Matrix<double>.Build.Dense(V.RowCount, V.ColumnCount);
        var dw = Vector<double>.Build.Dense(W.Count);
        // fromLater = ∂J/∂h_t through h_{t+1}, h_{t+2}, …: Uᵀ times the pre-activation gradient of step t + 1.
        var fromLater = Vector<double>.Build.Dense(W.Count);
        for (var t = x.RowCount; t >= 1; t--)
        {
            var h = states[t];
            var error = W.DotProduct(h) - y[t - 1];
            dw += error * h;
            var dh = error * W + fromLater;
            var da = dh.PointwiseMultiply(1.0 - h.PointwiseMultiply(h));
            dU += da.OuterProduct(states[t - 1]);
            dV += da.OuterProduct(x.Row(t - 1));
            fromLater = U.TransposeThisAndMultiply(da);
        }
        return new NbackGradients(dU, dV, dw);
    }

    public NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed)
    {
        var random = new Random(seed);
        Matrix<double> Draw(int rows, int columns) =>
            Matrix<double>.Build.Dense(rows, columns, (_, _) => Normal.Sample(random, 0.0, 0.1));
        U = Draw(hiddenUnits, hiddenUnits);
        V = Draw(hiddenUnits, x.ColumnCount);
        W = Draw(hiddenUnits, 1).Column(0);

        var weights = new List<NbackWeights> { Snapshot() };
        var losses = new List<double> { Loss(x, y) };
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var gradients = Gradients(x, y);
            U -= LearningRate * gradients.DU;
            V -= LearningRate * gradients.DV;
            W -= LearningRate * gradients.Dw;
            weights.Add(Snapshot());
            losses.Add(Loss(x, y));
        }
        return new NbackTrainingRun(weights, losses);
    }

    private NbackWeights Snapshot() => new(U.Clone(), V.Clone(), W.Clone());

    /// <summary>h_0 … h_T; h_0 = 0.</summary>
    private Vector<double>[] States(Matrix<double> x)
    {
        var states = new Vector<double>[x.RowCount + 1];
        states[0] = Vector<double>.Build.Dense(U.RowCount);
        for (var t = 1; t <= x.RowCount; t++)
        {
            states[t] = (U * states[t - 1] + V * x.Row(t - 1)).PointwiseTanh();
        }
        return states;
    }
}
