using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>softmax-rnn</c>: a tanh RNN with softmax outputs, cross-entropy and BPTT.</summary>
/// <remarks>Not sealed: each step of BPTT that a known mistake gets wrong is a protected virtual method, so that a
/// variant making that mistake overrides that step alone.</remarks>
public class SoftmaxRnn : ISoftmaxRnn
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
        Matrix<double>.Build.DenseOfRowVectors(Recur(x)[1..].Select(h => Softmax.Probabilities(Whz * h + Bz)));

    public double Loss(Matrix<double> x, IReadOnlyList<int> y)
    {
        var states = Recur(x);
        var loss = 0.0;
        for (var t = 1; t <= x.RowCount; t++)
        {
            var logits = Whz * states[t] + Bz;
            loss += Softmax.LogSumExp(logits) - logits[y[t - 1]];
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
            var dLogits = LogitGradient(Softmax.Probabilities(Whz * h + Bz), y[t - 1]);
            var dh = Whz.TransposeThisAndMultiply(dLogits) + fromLater;
            var da = dh.PointwiseMultiply(TanhSlope(h));
            var step = StepTerms(t, states, x, dLogits, da);
            dWxh += step.DWxh;
            dWhh += step.DWhh;
            dbh += step.Dbh;
            dWhz += step.DWhz;
            dbz += step.Dbz;
            fromLater = BackThroughTime(da);
        }
        return new SoftmaxRnnGradients(dWxh, dWhh, dbh, dWhz, dbz);
    }

    /// <summary>∂L/∂logits of one step: z_t − onehot(y_t).</summary>
    protected virtual Vector<double> LogitGradient(Vector<double> probabilities, int label) =>
        probabilities - Vector<double>.Build.Dense(probabilities.Count, k => k == label ? 1.0 : 0.0);

    /// <summary>tanh'(a) written with h = tanh(a): 1 − h².</summary>
    protected virtual Vector<double> TanhSlope(Vector<double> h) => 1.0 - h.PointwiseMultiply(h);

    /// <summary>Step t's terms of the gradients: the pre-activation gradient <paramref name="da"/> times the input x_t
    /// and the state h_{t−1} it met, and the logits' gradient times h_t.</summary>
    protected virtual SoftmaxRnnGradients StepTerms(int t, Vector<double>[] states, Matrix<double> x, Vector<double> dLogits, Vector<double> da) =>
        new(da.OuterProduct(x.Row(t - 1)), da.OuterProduct(states[t - 1]), da, dLogits.OuterProduct(states[t]), dLogits);

    /// <summary>What reaches h_{t−1} from step t's pre-activation gradient: Whhᵀ ∂L/∂a_t.</summary>
    protected virtual Vector<double> BackThroughTime(Vector<double> da) => Whh.TransposeThisAndMultiply(da);

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
}
