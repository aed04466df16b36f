using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.CharRnn;

/// <summary>The answer key with one known mistake: each flaw overrides the one step it gets wrong, so with
/// <see cref="CharRnnFlaw.None"/> it is the answer key, and each flaw differs from the truth by that flaw alone.</summary>
public sealed class FlawedCharRnn(CharRnnFlaw flaw) : Reference.Solutions.CharRnn
{
    public override double Backward(int[] inputs, int[] targets)
    {
        var loss = base.Backward(inputs, targets);
        if (flaw == CharRnnFlaw.DWTransposed)
        {
            DW = DW.Transpose();
        }
        return loss;
    }

    protected override bool KeepsSpace(StringBuilder prepared) => flaw == CharRnnFlaw.SpacesNotCollapsed || base.KeepsSpace(prepared);

    protected override Vector<double> ScoreGradient(Vector<double> probabilities, int target) =>
        flaw == CharRnnFlaw.OneHotNotSubtracted ? probabilities : base.ScoreGradient(probabilities, target);

    protected override Vector<double> ReluSlope(Vector<double> h) =>
        flaw == CharRnnFlaw.ReluDerivativeMissing ? Vector<double>.Build.Dense(h.Count, 1.0) : base.ReluSlope(h);

    /// <summary>Biases not summed keep the terms of the step visited last (t = 0) only.</summary>
    protected override void AddStepGradients(int input, Vector<double> previous, Vector<double> h, Vector<double> dScores, Vector<double> dPre)
    {
        base.AddStepGradients(input, flaw == CharRnnFlaw.DWWithCurrentState ? h : previous, h, dScores, dPre);
        if (flaw == CharRnnFlaw.BiasesNotSummed)
        {
            (DC, DB) = (dScores, dPre);
        }
    }

    protected override Vector<double> BackThroughTime(Vector<double> dPre) =>
        flaw == CharRnnFlaw.RecurrentTermDropped ? Vector<double>.Build.Dense(dPre.Count) : base.BackThroughTime(dPre);
}
