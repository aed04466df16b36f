using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.NbackRnn;

/// <summary>The answer key whose BPTT makes one known mistake: each flaw overrides the one step it gets wrong, so with
/// <see cref="NbackFlaw.None"/> its gradients are the answer key's. It does not train: the fixtures record mistakes of
/// gradients only.</summary>
public sealed class FlawedNbackRnn(NbackFlaw flaw) : Reference.Solutions.NbackRnn
{
    public override NbackGradients Gradients(Matrix<double> x, Vector<double> y)
    {
        var gradients = base.Gradients(x, y);
        return flaw == NbackFlaw.DUTransposed ? gradients with { DU = gradients.DU.Transpose() } : gradients;
    }

    public override NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed) =>
        throw new NotSupportedException("A flawed implementation records gradients only.");

    protected override Vector<double> TanhSlope(Vector<double> h) =>
        flaw == NbackFlaw.TanhDerivativeMissing ? Vector<double>.Build.Dense(h.Count, 1.0) : base.TanhSlope(h);

    /// <summary>A loop that assigns instead of adding keeps one step's terms only: here the last step's.</summary>
    protected override NbackGradients StepTerms(int t, Vector<double>[] states, Matrix<double> x, double error, Vector<double> da)
    {
        var terms = base.StepTerms(t, states, x, error, da);
        return flaw switch
        {
            NbackFlaw.CurrentStateInDU => terms with { DU = da.OuterProduct(states[t]) },
            NbackFlaw.LastStepOnly when t < x.RowCount => new NbackGradients(Zeros(terms.DU), Zeros(terms.DV), Vector<double>.Build.Dense(terms.Dw.Count)),
            _ => terms,
        };
    }

    protected override Vector<double> BackThroughTime(Vector<double> da) =>
        flaw == NbackFlaw.RecurrentTermMissing ? Vector<double>.Build.Dense(da.Count) : base.BackThroughTime(da);

    private static Matrix<double> Zeros(Matrix<double> like) => Matrix<double>.Build.Dense(like.RowCount, like.ColumnCount);
}
