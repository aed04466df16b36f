using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.LstmWorked;

/// <summary>The answer key with one known mistake: each flaw overrides the one part of the step it gets wrong, so with
/// <see cref="LstmFlaw.None"/> it is the answer key. Parts (b) and (c) are answered as the key does.</summary>
public sealed class FlawedLstmWorked(LstmFlaw flaw) : Reference.Solutions.LstmWorked
{
    protected override (double F, double I, double O) Biases =>
        flaw == LstmFlaw.BiasSignFlipped ? (-base.Biases.F, -base.Biases.I, -base.Biases.O) : base.Biases;

    /// <summary>Reversed, the weights meet [x1; x2; x3; h] instead of [h; x1; x2; x3].</summary>
    protected override Vector<double> Concatenate(double hPrev, Vector<double> x) => flaw == LstmFlaw.ConcatenationReversed
        ? Vector<double>.Build.DenseOfArray([x[0], x[1], x[2], hPrev])
        : base.Concatenate(hPrev, x);

    protected override double Candidate(double preActivation) =>
        flaw == LstmFlaw.CandidateWithSigmoid ? Sigmoid(preActivation) : base.Candidate(preActivation);

    protected override double Cell(double f, double i, double cPrev, double candidate) =>
        flaw == LstmFlaw.GatesSwappedInCell ? base.Cell(i, f, cPrev, candidate) : base.Cell(f, i, cPrev, candidate);

    protected override double Output(double o, double c) => flaw == LstmFlaw.OutputWithoutTanh ? o * c : base.Output(o, c);
}
