using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

// An n-back RNN written with plain arrays and loops. Forward pass, loss and training are right; BPTT forgets that
// h_t also reaches later steps: dJ/dh_t is taken as (ŷ_t − y_t) w only, without the term U^T δ_{t+1}.
public sealed class NbackRnn : INbackRnn
{
    public Matrix<double> U { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> V { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Vector<double> W { get; set; } = Vector<double>.Build.Dense(1);

    public Vector<double> Predict(Matrix<double> x)
    {
        var h = Run(x);
        var yHat = new double[x.RowCount];
        for (var t = 0; t < x.RowCount; t++)
        {
            for (var i = 0; i < W.Count; i++) yHat[t] += W[i] * h[t + 1][i];
        }
        return Vector<double>.Build.DenseOfArray(yHat);
    }

    public double Loss(Matrix<double> x, Vector<double> y)
    {
        var yHat = Predict(x);
        double j = 0;
        for (var t = 0; t < y.Count; t++) j += 0.5 * (yHat[t] - y[t]) * (yHat[t] - y[t]);
        return j;
    }

    public NbackGradients Gradients(Matrix<double> x, Vector<double> y)
    {
        int n = W.Count, d = V.ColumnCount, steps = x.RowCount;
        var h = Run(x);
        var dU = new double[n, n];
        var dV = new double[n, d];
        var dw = new double[n];
        for (var t = steps; t >= 1; t--)
        {
            double yHat = 0;
            for (var i = 0; i < n; i++) yHat += W[i] * h[t][i];
            var e = yHat - y[t - 1];
            for (var i = 0; i < n; i++)
            {
                dw[i] += e * h[t][i];
                var delta = e * W[i] * (1 - h[t][i] * h[t][i]);   // the bug: no U^T δ_{t+1} from the later steps
                for (var j = 0; j < n; j++) dU[i, j] += delta * h[t - 1][j];
                for (var k = 0; k < d; k++) dV[i, k] += delta * x[t - 1, k];
            }
        }
        return new NbackGradients(Matrix<double>.Build.DenseOfArray(dU), Matrix<double>.Build.DenseOfArray(dV), Vector<double>.Build.DenseOfArray(dw));
    }

    public NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed)
    {
        var random = new Random(seed);
        double Gauss() => 0.1 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        U = Matrix<double>.Build.Dense(hiddenUnits, hiddenUnits, (_, _) => Gauss());
        V = Matrix<double>.Build.Dense(hiddenUnits, x.ColumnCount, (_, _) => Gauss());
        W = Vector<double>.Build.Dense(hiddenUnits, _ => Gauss());
        var weights = new List<NbackWeights> { new(U.Clone(), V.Clone(), W.Clone()) };
        var losses = new List<double> { Loss(x, y) };
        for (var epoch = 0; epoch < 300; epoch++)
        {
            var g = Gradients(x, y);
            U -= 0.02 * g.DU;
            V -= 0.02 * g.DV;
            W -= 0.02 * g.Dw;
            weights.Add(new NbackWeights(U.Clone(), V.Clone(), W.Clone()));
            losses.Add(Loss(x, y));
        }
        return new NbackTrainingRun(weights, losses);
    }

    private double[][] Run(Matrix<double> x)
    {
        int n = W.Count, d = V.ColumnCount;
        var h = new double[x.RowCount + 1][];
        h[0] = new double[n];
        for (var t = 1; t <= x.RowCount; t++)
        {
            h[t] = new double[n];
            for (var i = 0; i < n; i++)
            {
                double a = 0;
                for (var j = 0; j < n; j++) a += U[i, j] * h[t - 1][j];
                for (var k = 0; k < d; k++) a += V[i, k] * x[t - 1, k];
                h[t][i] = Math.Tanh(a);
            }
        }
        return h;
    }
}
