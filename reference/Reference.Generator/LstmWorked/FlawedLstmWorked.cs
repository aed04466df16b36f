using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.LstmWorked;

/// <summary>The worked LSTM with one known mistake. With <see cref="LstmFlaw.None"/> it equals the answer key bit for
/// bit (a test holds it to that). Parts (b) and (c) are answered as the key does.</summary>
public sealed class FlawedLstmWorked(LstmFlaw flaw) : ILstmWorked
{
    private readonly Reference.Solutions.LstmWorked _key = new();

    public Vector<double> AccumulatingInput => _key.AccumulatingInput;

    public Vector<double> AveragingInput => _key.AveragingInput;

    public LstmStep Step(Vector<double> x, double hPrev, double cPrev)
    {
        // v = [h; x] in the true cell; reversed, the weights meet [x1; x2; x3; h] instead.
        double[] v = flaw == LstmFlaw.ConcatenationReversed ? [x[0], x[1], x[2], hPrev] : [hPrev, x[0], x[1], x[2]];
        var sign = flaw == LstmFlaw.BiasSignFlipped ? -1.0 : 1.0;
        var f = Sigmoid(8 * v[1] + sign * -4);
        var i = Sigmoid(9 * v[2] + sign * -4.5);
        var o = Sigmoid(10 * v[3] + sign * -5);
        var candidate = flaw == LstmFlaw.CandidateWithSigmoid ? Sigmoid(v[0]) : Math.Tanh(v[0]);
        var c = flaw == LstmFlaw.GatesSwappedInCell ? i * cPrev + f * candidate : f * cPrev + i * candidate;
        var h = flaw == LstmFlaw.OutputWithoutTanh ? o * c : o * Math.Tanh(c);
        return new LstmStep { F = f, I = i, O = o, CandidateC = candidate, C = c, H = h };
    }

    private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
