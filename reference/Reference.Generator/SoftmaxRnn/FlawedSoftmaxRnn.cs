using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.SoftmaxRnn;

/// <summary>The answer key whose BPTT makes one known mistake: each flaw overrides the one step it gets wrong, so its
/// forward quantities are the answer key's, and with <see cref="SoftmaxFlaw.None"/> so are its gradients.</summary>
public sealed class FlawedSoftmaxRnn(SoftmaxFlaw flaw) : Reference.Solutions.SoftmaxRnn
{
    protected override Vector<double> LogitGradient(Vector<double> probabilities, int label) =>
        flaw == SoftmaxFlaw.OneHotNotSubtracted ? probabilities : base.LogitGradient(probabilities, label);

    protected override Vector<double> TanhSlope(Vector<double> h) =>
        flaw == SoftmaxFlaw.TanhDerivativeMissing ? Vector<double>.Build.Dense(h.Count, 1.0) : base.TanhSlope(h);

    /// <summary>A loop that assigns instead of adding keeps one step's terms only: here the last step's.</summary>
    protected override SoftmaxRnnGradients StepTerms(int t, Vector<double>[] states, Matrix<double> x, Vector<double> dLogits, Vector<double> da)
    {
        var terms = base.StepTerms(t, states, x, dLogits, da);
        return flaw switch
        {
            SoftmaxFlaw.CurrentStateInDWhh => terms with { DWhh = da.OuterProduct(states[t]) },
            SoftmaxFlaw.LastStepOnly when t < x.RowCount => new SoftmaxRnnGradients(Zeros(terms.DWxh), Zeros(terms.DWhh),
                Zeros(terms.Dbh), Zeros(terms.DWhz), Zeros(terms.Dbz)),
            _ => terms,
        };
    }

    protected override Vector<double> BackThroughTime(Vector<double> da) =>
        flaw == SoftmaxFlaw.RecurrentTermMissing ? Vector<double>.Build.Dense(da.Count) : base.BackThroughTime(da);

    private static Matrix<double> Zeros(Matrix<double> like) => Matrix<double>.Build.Dense(like.RowCount, like.ColumnCount);

    private static Vector<double> Zeros(Vector<double> like) => Vector<double>.Build.Dense(like.Count);
}
