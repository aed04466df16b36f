using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.SoftmaxRnn;

/// <summary>A softmax RNN whose BPTT makes one known mistake; its forward quantities are the answer key's. With
/// <see cref="SoftmaxFlaw.None"/> its gradients equal the answer key's bit for bit (a test holds it to that).</summary>
public sealed class FlawedSoftmaxRnn(SoftmaxFlaw flaw) : ISoftmaxRnn
{
    private readonly Reference.Solutions.SoftmaxRnn _truth = new();

    public Matrix<double> Wxh { get => _truth.Wxh; set => _truth.Wxh = value; }
    public Matrix<double> Whh { get => _truth.Whh; set => _truth.Whh = value; }
    public Vector<double> Bh { get => _truth.Bh; set => _truth.Bh = value; }
    public Matrix<double> Whz { get => _truth.Whz; set => _truth.Whz = value; }
    public Vector<double> Bz { get => _truth.Bz; set => _truth.Bz = value; }

    public Matrix<double> States(Matrix<double> x) => _truth.States(x);

    public Vector<double> Unrolled(Matrix<double> x, int t) => _truth.Unrolled(x, t);

    public Matrix<double> Probabilities(Matrix<double> x) => _truth.Probabilities(x);

    public double Loss(Matrix<double> x, IReadOnlyList<int> y) => _truth.Loss(x, y);

    public SoftmaxRnnGradients Gradients(Matrix<double> x, IReadOnlyList<int> y)
    {
        var hs = _truth.States(x);
        var probabilities = _truth.Probabilities(x);
        Vector<double> State(int t) => t == 0 ? Vector<double>.Build.Dense(Bh.Count) : hs.Row(t - 1);
        var dWxh = Matrix<double>.Build.Dense(Wxh.RowCount, Wxh.ColumnCount);
        var dWhh = Matrix<double>.Build.Dense(Whh.RowCount, Whh.ColumnCount);
        var dbh = Vector<double>.Build.Dense(Bh.Count);
        var dWhz = Matrix<double>.Build.Dense(Whz.RowCount, Whz.ColumnCount);
        var dbz = Vector<double>.Build.Dense(Bz.Count);
        var fromLater = Vector<double>.Build.Dense(Bh.Count);
        for (var t = x.RowCount; t >= 1; t--)
        {
            var h = State(t);
            var dLogits = probabilities.Row(t - 1);
            if (flaw != SoftmaxFlaw.OneHotNotSubtracted)
            {
                dLogits[y[t - 1]] -= 1;
            }
            var dh = Whz.TransposeThisAndMultiply(dLogits) + fromLater;
            var da = flaw == SoftmaxFlaw.TanhDerivativeMissing ? dh : dh.PointwiseMultiply(1.0 - h.PointwiseMultiply(h));
            // A loop that assigns instead of adding keeps one step's terms only: here the last step's.
            if (flaw != SoftmaxFlaw.LastStepOnly || t == x.RowCount)
            {
                dWhz += dLogits.OuterProduct(h);
                dbz += dLogits;
                dWxh += da.OuterProduct(x.Row(t - 1));
                dWhh += da.OuterProduct(flaw == SoftmaxFlaw.CurrentStateInDWhh ? h : State(t - 1));
                dbh += da;
            }
            fromLater = flaw == SoftmaxFlaw.RecurrentTermMissing ? fromLater : Whh.TransposeThisAndMultiply(da);
        }
        return new SoftmaxRnnGradients(dWxh, dWhh, dbh, dWhz, dbz);
    }
}
