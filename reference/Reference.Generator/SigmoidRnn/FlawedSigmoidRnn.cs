using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.SigmoidRnn;

/// <summary>The answer key whose derivatives make one known mistake; its states, loss and σ' are the answer key's.
/// Each flaw overrides the one piece it gets wrong, so the contributions follow from the same (flawed) slope and carry
/// as its recursion, as a student's would.</summary>
public sealed class FlawedSigmoidRnn(SigmoidFlaw flaw) : Reference.Solutions.SigmoidRnn
{
    public override double LossGradient(Vector<double> x, double y) =>
        flaw == SigmoidFlaw.LossGradientSignFlipped ? -base.LossGradient(x, y) : base.LossGradient(x, y);

    protected override double Carry => flaw switch
    {
        SigmoidFlaw.RecurrentTermMissing => 0,
        SigmoidFlaw.W2Missing => 1,
        _ => base.Carry,
    };

    protected override double[] Slopes(Vector<double> x) => flaw switch
    {
        SigmoidFlaw.SigmoidDerivativeMissing => Enumerable.Repeat(1.0, x.Count).ToArray(),
        SigmoidFlaw.DerivativeAtState => States(x).Select(SigmoidDerivative).ToArray(),
        _ => base.Slopes(x),
    };
}
