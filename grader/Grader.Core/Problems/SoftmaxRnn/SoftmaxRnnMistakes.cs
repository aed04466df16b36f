namespace Grader.Core.Problems.SoftmaxRnn;

/// <summary>The known wrong BPTT implementations the <c>softmax-rnn</c> fixtures record, by name, with a hint for students.</summary>
public static class SoftmaxRnnMistakes
{
    public const string RecurrentTermMissing = "recurrent term Whhᵀδ left out (gradient truncated to one step)";
    public const string CurrentStateInDWhh = "h_t used where h_{t−1} belongs in ∂L/∂Whh";
    public const string TanhDerivativeMissing = "tanh derivative left out";
    public const string OneHotNotSubtracted = "softmax gradient without the one-hot term";
    public const string LastStepOnly = "sum over t replaced by the last step";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [RecurrentTermMissing] = "h_t also reaches L through h_{t+1}: ∂L/∂h_t = Whzᵀ (z_t − e_{y_t}) + Whhᵀ δ_{t+1}, where δ_{t+1} " +
                                 "is the pre-activation gradient of step t + 1.",
        [CurrentStateInDWhh] = "a_t = Wxh x_t + Whh h_{t−1} + bh, so ∂L/∂Whh = Σ_t δ_t h_{t−1}ᵀ: the state entering step t.",
        [TanhDerivativeMissing] = "Back through h_t = tanh(a_t), multiply by 1 − h_t² to get δ_t = ∂L/∂a_t.",
        [OneHotNotSubtracted] = "For L_t = −log z_{t, y_t} with z_t = softmax(s_t), ∂L_t/∂s_t = z_t − e_{y_t}: subtract 1 at the label.",
        [LastStepOnly] = "Every step contributes to every weight's gradient: add each step's term (+=) instead of keeping the last one.",
    };
}
