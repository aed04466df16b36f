namespace Grader.Core.Problems.LstmWorked;

/// <summary>The known wrong ways to work the LSTM example that the fixtures record, by name, with what each means for a student.</summary>
public static class LstmWorkedMistakes
{
    public const string ConcatenationReversed = "v_t taken as [x_t; h_{t−1}]";
    public const string CandidateWithSigmoid = "C̃ with σ instead of tanh";
    public const string OutputWithoutTanh = "h_t = o_t C_t, tanh left out";
    public const string BiasSignFlipped = "biases subtracted instead of added";
    public const string GatesSwappedInCell = "f and i swapped in C_t";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [ConcatenationReversed] = "v_t = [h_{t−1}; x_t]: the first weight multiplies h_{t−1}, the other three multiply x_t's elements.",
        [CandidateWithSigmoid] = "The candidate is C̃_t = tanh(W_C v_t + b_C); only the gates use σ.",
        [OutputWithoutTanh] = "h_t = o_t tanh(C_t): squash the cell state before gating it.",
        [BiasSignFlipped] = "Each pre-activation is W v_t + b with b as given (b_f = −4, b_i = −4.5, b_o = −5).",
        [GatesSwappedInCell] = "C_t = f_t C_{t−1} + i_t C̃_t: the forget gate keeps the old state, the input gate admits the candidate.",
    };
}
