namespace Grader.Core.Problems.SigmoidRnn;

/// <summary>The known wrong state derivatives the <c>sigmoid-rnn</c> fixtures record, by name, with a hint for students.</summary>
public static class SigmoidRnnMistakes
{
    public const string RecurrentTermMissing = "recurrent term w2·dh_{t−1}/dw1 left out";
    public const string W2Missing = "w2 left out of the recursion";
    public const string SigmoidDerivativeMissing = "σ'(a_t) left out of the recursion";
    public const string DerivativeAtState = "σ' taken at h_t instead of a_t";
    public const string LossGradientSignFlipped = "sign error in dL/dw1";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [RecurrentTermMissing] = "h_{t−1} depends on w1 too: dh_t/dw1 = σ'(a_t) (x_t + w2 dh_{t−1}/dw1), not σ'(a_t) x_t.",
        [W2Missing] = "a_t = w1 x_t + w2 h_{t−1}, so ∂a_t/∂h_{t−1} = w2: dh_t/dw1 = σ'(a_t) (x_t + w2 dh_{t−1}/dw1).",
        [SigmoidDerivativeMissing] = "h_t = σ(a_t): the chain rule multiplies by σ'(a_t) at every step.",
        [DerivativeAtState] = "σ'(a_t) = σ(a_t)(1 − σ(a_t)) = h_t (1 − h_t); σ(h_t)(1 − σ(h_t)) is σ' at the wrong point.",
        [LossGradientSignFlipped] = "dL/dw1 = −σ(−m) y wo dh_T/dw1 with m = y (wo h_T + b): the loss falls as the margin m grows.",
    };
}
