using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

// The answer key's softmax-rnn (SoftmaxRnn.cs is linked) with a textbook softmax: the softmax and the log-sum-exp
// exponentiate the logits as they are, so logits near 1000 overflow to ∞ and the probabilities become NaN.

/// <summary>The softmax of a vector of logits, exp(s) / Σ exp(s), and its log-sum-exp, without the shift by the largest
/// logit: e^1000 is ∞.</summary>
internal static class Softmax
{
    public static Vector<double> Probabilities(Vector<double> logits)
    {
        var e = logits.PointwiseExp();
        return e / e.Sum();
    }

    public static double LogSumExp(Vector<double> logits) => Math.Log(logits.PointwiseExp().Sum());
}
