using Grader.Contracts;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>nback-rnn</c>: a tanh RNN with a linear output, BPTT, and gradient descent.</summary>
/// <remarks>Not sealed: each step of BPTT that a known mistake gets wrong is a virtual method, so that a variant making
/// that mistake overrides that step alone.</remarks>
public class NbackRnn : INbackRnn
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

    public virtual NbackGradients Gradients(Matrix<double> x, Vector<double> y)
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
            var dh = error * W + fromLater;
            var da = dh.PointwiseMultiply(TanhSlope(h));
            var step = StepTerms(t, states, x, error, da);
            dw += step.Dw;
            dU += step.DU;
            dV += step.DV;
            fromLater = BackThroughTime(da);
        }
        return new NbackGradients(dU, dV, dw);
    }

    public virtual NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed)
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

    /// <summary>tanh'(a) written with h = tanh(a): 1 − h².</summary>
    protected virtual Vector<double> TanhSlope(Vector<double> h) => 1.0 - h.PointwiseMultiply(h);

    /// <summary>Step t's terms of the gradients: its pre-activation gradient <paramref name="da"/> times the state
    /// h_{t−1} and the input x_t it met, and its output's error times h_t.</summary>
    protected virtual NbackGradients StepTerms(int t, Vector<double>[] states, Matrix<double> x, double error, Vector<double> da) =>
        new(da.OuterProduct(states[t - 1]), da.OuterProduct(x.Row(t - 1)), error * states[t]);

    /// <summary>What reaches h_{t−1} from step t's pre-activation gradient: Uᵀ ∂J/∂a_t.</summary>
    protected virtual Vector<double> BackThroughTime(Vector<double> da) => U.TransposeThisAndMultiply(da);

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
