namespace Grader.Core.Problems.MlpComplexity;

/// <summary>The known wrong closed forms that the fixtures record, by name, with what each means for a student.</summary>
public static class MlpComplexityMistakes
{
    public const string BiasesForgotten = "biases forgotten";
    public const string HiddenLayersOffByOne = "L + 1 hidden layers counted";
    public const string OutputLayerForgotten = "output layer forgotten";
    public const string BackwardCountedOnce = "backward pass counted once, not twice";
    public const string UpdateForgotten = "SGD update left out";
    public const string DerivativeProductsForgotten = "products with f'(a) left out";
    public const string EveryEdgeMultiplied = "ℓ multiplications per path instead of ℓ − 1";
    public const string PathsFromInputsOnly = "paths from the inputs only";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [BiasesForgotten] = "Every hidden and output unit has a bias: L·n + c of them, each also updated by η·g in an SGD step.",
        [HiddenLayersOffByOne] = "L counts hidden layers only: the weight matrices are W_1 … W_{L+1}, of which L − 1 are n×n.",
        [OutputLayerForgotten] = "The last hidden layer connects to the c outputs: n·c more weights (and c biases), with their products.",
        [BackwardCountedOnce] = "Backpropagation multiplies by each weight twice: once for Wᵀδ (the error sent down, not needed " +
            "below the first hidden layer) and once for ∂W = δ uᵀ; the forward pass is a third time.",
        [UpdateForgotten] = "The step ends with θ ← θ − η·g: one multiplication per parameter, biases included.",
        [DerivativeProductsForgotten] = "δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f'(a_l) costs one multiplication per hidden unit: L·n per step.",
        [EveryEdgeMultiplied] = "A product of ℓ factors takes ℓ − 1 multiplications: a one-edge path costs nothing.",
        [PathsFromInputsOnly] = "∂u_N/∂u_i is asked for every hidden unit i too: a unit of hidden layer l has n^{L−l} paths of L−l+1 edges.",
    };
}
