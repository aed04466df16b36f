using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The softmax of a vector of logits and its log-sum-exp, both shifted by the largest logit first, so that
/// logits of any size give no overflow.</summary>
internal static class Softmax
{
    public static Vector<double> Probabilities(Vector<double> logits)
    {
        var e = (logits - logits.Maximum()).PointwiseExp();
        return e / e.Sum();
    }

    public static double LogSumExp(Vector<double> logits)
    {
        var max = logits.Maximum();
        return max + Math.Log((logits - max).PointwiseExp().Sum());
    }
}
