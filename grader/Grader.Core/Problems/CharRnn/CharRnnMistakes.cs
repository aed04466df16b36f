namespace Grader.Core.Problems.CharRnn;

/// <summary>The known wrong char-rnn implementations the fixtures record, by name, with what each means for a student.</summary>
public static class CharRnnMistakes
{
    public const string ReluDerivativeMissing = "ReLU derivative left out";
    public const string RecurrentTermDropped = "recurrent term Wᵀδ dropped";
    public const string DWWithCurrentState = "dW uses h_t instead of h_{t−1}";
    public const string OneHotNotSubtracted = "softmax gradient without subtracting the one-hot";
    public const string BiasesNotSummed = "db and dc not summed over t";
    public const string DWTransposed = "dW transposed";
    public const string SpacesNotCollapsed = "runs of spaces not collapsed";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [ReluDerivativeMissing] = "Back through h_t = ReLU(a_t), multiply by 1[a_t > 0] (equivalently 1[h_t > 0]).",
        [RecurrentTermDropped] = "h_t also reaches the loss through h_{t+1}: the gradient at h_t is Vᵀ(y_t − onehot) plus Wᵀ δ_{t+1}, carried back from the later step.",
        [DWWithCurrentState] = "W multiplies h_{t−1} in a_t: dW = Σ_t δ_t h_{t−1}ᵀ, with the previous state, not h_t.",
        [OneHotNotSubtracted] = "The gradient of −log softmax(o)[k] with respect to o is y − onehot(k): subtract 1 at the target.",
        [BiasesNotSummed] = "b and c are used at every step: db = Σ_t δ_t and dc = Σ_t (y_t − onehot_t), summed over the whole sequence.",
        [DWTransposed] = "dW must be Σ_t δ_t h_{t−1}ᵀ, with the gradient on the left; yours is its transpose.",
        [SpacesNotCollapsed] = "After mapping every non-letter to a space, replace every run of spaces by a single space.",
    };
}
