using MathNet.Numerics.LinearAlgebra;

namespace Reference.Tests.CharRnn;

/// <summary>Every gradient of the answer key agrees with central finite differences of its own loss.</summary>
public sealed class CharRnnGradientTests
{
    private const double MaxRelativeError = 1e-7;

    [TestCaseSource(typeof(RnnCase), nameof(RnnCase.Shapes))]
    public void Gradients_match_central_differences(int hidden, int length, long seed)
    {
        var c = RnnCase.Random(hidden, length, seed);
        var key = c.Key();
        key.Backward(c.Inputs, c.Targets);

        double Loss(RnnCase shifted) => Gradients.Loss(shifted.Key().Forward(shifted.Inputs), shifted.Targets);
        Gradients.AssertClose(key.DU.ToRowMajorArray(), Gradients.Numeric(c.U, m => Loss(c with { U = m })), "dU", MaxRelativeError);
        Gradients.AssertClose(key.DW.ToRowMajorArray(), Gradients.Numeric(c.W, m => Loss(c with { W = m })), "dW", MaxRelativeError);
        Gradients.AssertClose(key.DV.ToRowMajorArray(), Gradients.Numeric(c.V, m => Loss(c with { V = m })), "dV", MaxRelativeError);
        Gradients.AssertClose(key.DB.ToArray(), Gradients.Numeric(c.B, v => Loss(c with { B = v })), "db", MaxRelativeError);
        Gradients.AssertClose(key.DC.ToArray(), Gradients.Numeric(c.C, v => Loss(c with { C = v })), "dc", MaxRelativeError);
    }

    [TestCaseSource(typeof(RnnCase), nameof(RnnCase.Shapes))]
    public void Backward_returns_the_loss_of_Forward(int hidden, int length, long seed)
    {
        var c = RnnCase.Random(hidden, length, seed);
        var key = c.Key();
        Assert.That(key.Backward(c.Inputs, c.Targets), Is.EqualTo(Gradients.Loss(key.Forward(c.Inputs), c.Targets)).Within(1e-12));
    }
}
