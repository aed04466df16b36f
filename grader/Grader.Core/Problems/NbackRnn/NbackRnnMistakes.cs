namespace Grader.Core.Problems.NbackRnn;

/// <summary>The known wrong BPTT implementations the <c>nback-rnn</c> fixtures record, by name, with a hint for students.</summary>
public static class NbackRnnMistakes
{
    public const string RecurrentTermMissing = "recurrent term Uᵀδ left out (gradient truncated to one step)";
    public const string CurrentStateInDU = "h_t used where h_{t−1} belongs in ∂J/∂U";
    public const string TanhDerivativeMissing = "tanh derivative left out";
    public const string LastStepOnly = "sum over t replaced by the last step";
    public const string DUTransposed = "∂J/∂U transposed";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [RecurrentTermMissing] = "h_t also reaches J through h_{t+1}: ∂J/∂h_t = (ŷ_t − y_t) w + Uᵀ δ_{t+1}, where δ_{t+1} is the " +
                                 "pre-activation gradient of step t + 1. Without that term the gradient sees one step only.",
        [CurrentStateInDU] = "a_t = U h_{t−1} + V x_t, so ∂J/∂U = Σ_t δ_t h_{t−1}ᵀ: the state that enters step t, not the one it produces.",
        [TanhDerivativeMissing] = "Back through h_t = tanh(a_t), multiply by 1 − h_t² to get δ_t = ∂J/∂a_t.",
        [LastStepOnly] = "Every step contributes: ∂J/∂U = Σ_t δ_t h_{t−1}ᵀ, ∂J/∂V = Σ_t δ_t x_tᵀ, ∂J/∂w = Σ_t (ŷ_t − y_t) h_t. " +
                         "Add each step's term (+=) instead of keeping the last one.",
        [DUTransposed] = "∂J/∂U[i, j] = Σ_t δ_t[i] h_{t−1}[j]: an outer product with δ on the left; yours is its transpose.",
    };
}
