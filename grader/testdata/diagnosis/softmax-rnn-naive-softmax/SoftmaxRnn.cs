using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Correct except for one thing: the softmax and the log-sum-exp exponentiate the logits as they are, so logits
/// near 1000 overflow to ∞ and the probabilities become NaN.</summary>
public sealed class SoftmaxRnn : ISoftmaxRnn
{
    public Matrix<double> Wxh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Matrix<double> Whh { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> Bh { get; set; } = Vector<double>.Build.Dense(0);
    public Matrix<double> Whz { get; set; } = Matrix<double>.Build.Dense(0, 0);
    public Vector<double> Bz { get; set; } = Vector<double>.Build.Dense(0);

    public Matrix<double> States(Matrix<double> x) => Matrix<double>.Build.DenseOfRowVectors(Recur(x)[1..]);

    /// <summary>G_t written as the composition it is: G_t = tanh(Wxh x_t + Whh G_{t−1} + bh), G_0 = 0.</summary>
    public Vector<double> Unrolled(Matrix<double> x, int t) =>
        t == 0 ? Vector<double>.Build.Dense(Bh.Count) : (Wxh * x.Row(t - 1) + Whh * Unrolled(x, t - 1) + Bh).PointwiseTanh();

    public Matrix<double> Probabilities(Matrix<double> x) =>
        Matrix<double>.Build.DenseOfRowVectors(Recur(x)[1..].Select(h => Softmax(Whz * h + Bz)));

    public double Loss(Matrix<double> x, IReadOnlyList<int> y)
    {
        var states = Recur(x);
        var loss = 0.0;
        for (var t = 1; t <= x.RowCount; t++)
        {
            var logits = Whz * states[t] + Bz;
            loss += LogSumExp(logits) - logits[y[t - 1]];
        }
        return loss;
    }

    public SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y)
    {
        var states = Recur(x);
        var dWxh = Matrix<double>.Build.Dense(Wxh.RowCount, Wxh.ColumnCount);
        var dWhh = Matrix<double>.Build.Dense(Whh.RowCount, Whh.ColumnCount);
        var dbh = Vector<double>.Build.Dense(Bh.Count);
        var dWhz = Matrix<double>.Build.Dense(Whz.RowCount, Whz.ColumnCount);
        var dbz = Vector<double>.Build.Dense(Bz.Count);
        var fromLater = Vector<double>.Build.Dense(Bh.Count);
        for (var t = x.RowCount; t >= 1; t--)
        {
            var h = states[t];
            // ∂L/∂logits = z_t − onehot(y_t).
            var dLogits = Softmax(Whz * h + Bz);
            dLogits[y[t - 1]] -= 1;
            dWhz += dLogits.OuterProduct(h);
            dbz += dLogits;
            var dh = Whz.TransposeThisAndMultiply(dLogits) + fromLater;
            var da = dh.PointwiseMultiply(1.0 - h.PointwiseMultiply(h));
            dWxh += da.OuterProduct(x.Row(t - 1));
            dWhh += da.OuterProduct(states[t - 1]);
            dbh += da;
            fromLater = Whh.TransposeThisAndMultiply(da);
        }
        return new SoftmaxRnnGradients(dWxh, dWhh, dbh, dWhz, dbz);
    }

    /// <summary>h_0 … h_T; h_0 = 0.</summary>
    private Vector<double>[] Recur(Matrix<double> x)
    {
        var states = new Vector<double>[x.RowCount + 1];
        states[0] = Vector<double>.Build.Dense(Bh.Count);
        for (var t = 1; t <= x.RowCount; t++)
        {
            states[t] = (Wxh * x.Row(t - 1) + Whh * states[t - 1] + Bh).PointwiseTanh();
        }
        return states;
    }

    /// <summary>No shift by the largest logit: e^1000 is ∞.</summary>
    private static Vector<double> Softmax(Vector<double> logits)
    {
        var e = logits.PointwiseExp();
        return e / e.Sum();
    }

    private static double LogSumExp(Vector<double> logits)
    {
        return Math.Log(logits.PointwiseExp().Sum());
    }
}
