using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.NbackRnn;

/// <summary>An n-back RNN whose BPTT makes one known mistake. With <see cref="NbackFlaw.None"/> its gradients equal the
/// answer key's bit for bit (a test holds it to that). It does not train: the fixtures record mistakes of gradients only.</summary>
public sealed class FlawedNbackRnn(NbackFlaw flaw) : INbackRnn
{
    private readonly Reference.Solutions.NbackRnn _forward = new();

    public Matrix<double> U { get => _forward.U; set => _forward.U = value; }
    public Matrix<double> V { get => _forward.V; set => _forward.V = value; }
    public Vector<double> W { get => _forward.W; set => _forward.W = value; }

    public Vector<double> Predict(Matrix<double> x) => _forward.Predict(x);

    public double Loss(Matrix<double> x, Vector<double> y) => _forward.Loss(x, y);

    public NbackGradients Gradients(Matrix<double> x, Vector<double> y)
    {
        var states = new Vector<double>[x.RowCount + 1];
        states[0] = Vector<double>.Build.Dense(U.RowCount);
        for (var t = 1; t <= x.RowCount; t++)
        {
            states[t] = (U * states[t - 1] + V * x.Row(t - 1)).PointwiseTanh();
        }
        var dU = Matrix<double>.Build.Dense(U.RowCount, U.ColumnCount);
        var dV = Matrix<double>.Build.Dense(V.RowCount, V.ColumnCount);
        var dw = Vector<double>.Build.Dense(W.Count);
        var fromLater = Vector<double>.Build.Dense(W.Count);
        for (var t = x.RowCount; t >= 1; t--)
        {
            var h = states[t];
            var error = W.DotProduct(h) - y[t - 1];
            var dh = error * W + fromLater;
            var da = flaw == NbackFlaw.TanhDerivativeMissing ? dh : dh.PointwiseMultiply(1.0 - h.PointwiseMultiply(h));
            var uTerm = da.OuterProduct(flaw == NbackFlaw.CurrentStateInDU ? h : states[t - 1]);
            // A loop that assigns instead of adding keeps one step's terms only: here the last step's.
            var counted = flaw != NbackFlaw.LastStepOnly || t == x.RowCount;
            if (counted)
            {
                dw += error * h;
                dU += uTerm;
                dV += da.OuterProduct(x.Row(t - 1));
            }
            fromLater = flaw == NbackFlaw.RecurrentTermMissing ? fromLater : U.TransposeThisAndMultiply(da);
        }
        return new NbackGradients(flaw == NbackFlaw.DUTransposed ? dU.Transpose() : dU, dV, dw);
    }

    public NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed) =>
        throw new NotSupportedException("A flawed implementation records gradients only.");
}
