using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

// A softmax RNN written with loops over plain arrays. Everything is right except one index: the gradient of Whh
// multiplies δ_t by the state h_t that step t produces instead of the state h_{t−1} that enters it.
public sealed class SoftmaxRnn : ISoftmaxRnn
{
    public Matrix<double> Wxh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Whh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Vector<double> Bh { get; set; } = Vector<double>.Build.Dense(1);
    public Matrix<double> Whz { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Vector<double> Bz { get; set; } = Vector<double>.Build.Dense(1);

    public Matrix<double> States(Matrix<double> x)
    {
        var h = Run(x);
        return Matrix<double>.Build.Dense(x.RowCount, Bh.Count, (t, i) => h[t + 1][i]);
    }

    public Vector<double> Unrolled(Matrix<double> x, int t)
    {
        var inner = t == 1 ? new double[Bh.Count] : Unrolled(x, t - 1).ToArray();
        return Vector<double>.Build.DenseOfArray(Step(x, t - 1, inner));
    }

    public Matrix<double> Probabilities(Matrix<double> x)
    {
        var h = Run(x);
        var z = Matrix<double>.Build.Dense(x.RowCount, Bz.Count);
        for (var t = 0; t < x.RowCount; t++)
        {
            var p = Softmax(h[t + 1]);
            for (var k = 0; k < p.Length; k++) z[t, k] = p[k];
        }
        return z;
    }

    public double Loss(Matrix<double> x, IReadOnlyList<int> y)
    {
        var h = Run(x);
        double loss = 0;
        for (var t = 0; t < x.RowCount; t++)
        {
            var s = Logits(h[t + 1]);
            var max = s.Max();
            loss += max + Math.Log(s.Sum(v => Math.Exp(v - max))) - s[y[t]];
        }
        return loss;
    }

    public SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y)
    {
        int n = Bh.Count, d = Wxh.ColumnCount, c = Bz.Count;
        var h = Run(x);
        var dWxh = new double[n, d];
        var dWhh = new double[n, n];
        var dbh = new double[n];
        var dWhz = new double[c, n];
        var dbz = new double[c];
        var next = new double[n];   // Whh^T δ_{t+1}
        for (var t = x.RowCount; t >= 1; t--)
        {
            var ds = Softmax(h[t]);
            ds[y[t - 1]] -= 1;
            var delta = new double[n];
            for (var i = 0; i < n; i++)
            {
                double dh = next[i];
                for (var k = 0; k < c; k++) dh += Whz[k, i] * ds[k];
                delta[i] = dh * (1 - h[t][i] * h[t][i]);
            }
            for (var k = 0; k < c; k++)
            {
                dbz[k] += ds[k];
                for (var i = 0; i < n; i++) dWhz[k, i] += ds[k] * h[t][i];
            }
            for (var i = 0; i < n; i++)
            {
                dbh[i] += delta[i];
                for (var j = 0; j < d; j++) dWxh[i, j] += delta[i] * x[t - 1, j];
                for (var j = 0; j < n; j++) dWhh[i, j] += delta[i] * h[t][j];   // the bug: h[t] where h[t − 1] belongs
            }
            next = new double[n];
            for (var j = 0; j < n; j++)
                for (var i = 0; i < n; i++) next[j] += Whh[i, j] * delta[i];
        }
        return new SoftmaxRnnGradients(
            Matrix<double>.Build.DenseOfArray(dWxh), Matrix<double>.Build.DenseOfArray(dWhh), Vector<double>.Build.DenseOfArray(dbh),
            Matrix<double>.Build.DenseOfArray(dWhz), Vector<double>.Build.DenseOfArray(dbz));
    }

    private double[][] Run(Matrix<double> x)
    {
        var h = new double[x.RowCount + 1][];
        h[0] = new double[Bh.Count];
        for (var t = 1; t <= x.RowCount; t++) h[t] = Step(x, t - 1, h[t - 1]);
        return h;
    }

    private double[] Step(Matrix<double> x, int row, double[] previous)
    {
        var next = new double[Bh.Count];
        for (var i = 0; i < next.Length; i++)
        {
            var a = Bh[i];
            for (var j = 0; j < x.ColumnCount; j++) a += Wxh[i, j] * x[row, j];
            for (var j = 0; j < previous.Length; j++) a += Whh[i, j] * previous[j];
            next[i] = Math.Tanh(a);
        }
        return next;
    }

    private double[] Logits(double[] h)
    {
        var s = new double[Bz.Count];
        for (var k = 0; k < s.Length; k++)
        {
            s[k] = Bz[k];
            for (var i = 0; i < h.Length; i++) s[k] += Whz[k, i] * h[i];
        }
        return s;
    }

    private double[] Softmax(double[] h)
    {
        var s = Logits(h);
        var max = s.Max();
        var e = s.Select(v => Math.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }
}
