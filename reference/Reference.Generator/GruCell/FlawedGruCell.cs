using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.GruCell;

/// <summary>The answer key with one known mistake: each flaw overrides the one step it gets wrong, so with
/// <see cref="GruFlaw.None"/> it is the answer key, and each flaw differs from the truth by that flaw alone.</summary>
public sealed class FlawedGruCell(GruFlaw flaw) : Reference.Solutions.GruCell
{
    protected override (Vector<double> Keep, Vector<double> Take) KeepAndTake(Vector<double> z) =>
        flaw == GruFlaw.UpdateGateSwapped ? (z, 1.0 - z) : base.KeepAndTake(z);

    /// <summary>Negated when the sign is lost, and when z and 1 − z trade places (then ∂h'/∂z = h − h̃).</summary>
    protected override Vector<double> UpdateEffect(Vector<double> candidate, Vector<double> hPrev) =>
        flaw is GruFlaw.UpdateSignFlipped or GruFlaw.UpdateGateSwapped ? -base.UpdateEffect(candidate, hPrev) : base.UpdateEffect(candidate, hPrev);

    protected override Vector<double> TanhSlope(Vector<double> tanh) =>
        flaw == GruFlaw.TanhDerivativeMissing ? Ones(tanh.Count) : base.TanhSlope(tanh);

    protected override Vector<double> SigmoidSlope(Vector<double> sigmoid) =>
        flaw == GruFlaw.SigmoidDerivativeMissing ? Ones(sigmoid.Count) : base.SigmoidSlope(sigmoid);

    protected override void SetWeightGradients(Vector<double> candidatePre, Vector<double> updatePre, Vector<double> resetPre)
    {
        base.SetWeightGradients(candidatePre, updatePre, resetPre);
        switch (flaw)
        {
            case GruFlaw.ResetLeftOutOfDWh:
                DWh = candidatePre.OuterProduct(PreviousState);
                break;
            case GruFlaw.DWhTransposed:
                DWh = DWh.Transpose();
                break;
            case GruFlaw.DWzhTransposed:
                DWzh = DWzh.Transpose();
                break;
            case GruFlaw.DWrhTransposed:
                DWrh = DWrh.Transpose();
                break;
        }
    }

    protected override Vector<double> StateGradient(Vector<double> direct, Vector<double> throughUpdate,
        Vector<double> throughReset, Vector<double> throughCandidate) => flaw switch
    {
        GruFlaw.DirectPathMissing => base.StateGradient(Zeros(direct.Count), throughUpdate, throughReset, throughCandidate),
        GruFlaw.ResetPathMissingFromDh => base.StateGradient(direct, throughUpdate, throughReset, Zeros(direct.Count)),
        _ => base.StateGradient(direct, throughUpdate, throughReset, throughCandidate),
    };

    private static Vector<double> Ones(int count) => Vector<double>.Build.Dense(count, 1.0);

    private static Vector<double> Zeros(int count) => Vector<double>.Build.Dense(count);
}
