namespace Grader.Core.Problems.GruCell;

/// <summary>The known wrong GRU implementations the fixtures record, by name, with what each means for a student.</summary>
public static class GruCellMistakes
{
    public const string DWhTransposed = "dWh transposed";
    public const string DWzhTransposed = "dWzh transposed";
    public const string DWrhTransposed = "dWrh transposed";
    public const string UpdateGateSwapped = "z and 1−z swapped";
    public const string ResetLeftOutOfDWh = "r⊙ left out of dWh";
    public const string DirectPathMissing = "dh misses the direct (1−z)⊙δ path";
    public const string UpdateSignFlipped = "sign error in the update-gate gradient";
    public const string TanhDerivativeMissing = "tanh derivative left out";
    public const string SigmoidDerivativeMissing = "sigmoid derivative left out";
    public const string ResetPathMissingFromDh = "dh misses the path through r⊙h";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [DWhTransposed] = "dWh must be (∂L/∂a) (r⊙h)ᵀ, an outer product with the gradient on the left; yours is its transpose.",
        [DWzhTransposed] = "dWzh must be (∂L/∂z_pre) hᵀ; yours is its transpose.",
        [DWrhTransposed] = "dWrh must be (∂L/∂r_pre) hᵀ; yours is its transpose.",
        [UpdateGateSwapped] = "h' = (1 − z) ⊙ h + z ⊙ h̃: z weighs the candidate and 1 − z the old state; you have them the other way round.",
        [ResetLeftOutOfDWh] = "The candidate sees r ⊙ h, not h: dWh = (∂L/∂a) (r ⊙ h)ᵀ.",
        [DirectPathMissing] = "h' depends on h directly through (1 − z) ⊙ h: dh needs the term (1 − z) ⊙ δ besides the paths through the gates.",
        [UpdateSignFlipped] = "∂h'/∂z = h̃ − h, not h − h̃: check the sign of the update-gate gradient.",
        [TanhDerivativeMissing] = "Back through h̃ = tanh(a), multiply by 1 − h̃².",
        [SigmoidDerivativeMissing] = "Back through z = σ(·) and r = σ(·), multiply by z(1 − z) and r(1 − r).",
        [ResetPathMissingFromDh] = "h also reaches h̃ through r ⊙ h: dh needs (Whᵀ ∂L/∂a) ⊙ r.",
    };
}
