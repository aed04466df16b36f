using System.Numerics;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.MlpComplexity;

/// <summary><c>mlp-complexity</c>: closed forms for parameters and multiplications of a network of d inputs, L hidden
/// layers of n units and c outputs, checked exactly against counts made by walking the network.</summary>
/// <remarks>Counts can pass 2⁶³ (paths), so each crosses the runner as <see cref="DecimalLimbs"/> and is judged by
/// <see cref="ExactCount"/>, in the grader's process, which also refuses a negative count (a wrapped 64-bit overflow).</remarks>
public sealed class MlpComplexityModule : IProblemModule
{
    public const string ProblemId = "mlp-complexity";

    /// <summary>Counts are integers: only an exact match is right (limbs compare exactly too, for naming mistakes).</summary>
    public static readonly Tolerance Exact = new(0, 0);

    public static readonly string[] ShapeInputs = ["d", "L", "n", "c"];

    public string Id => ProblemId;

    public string Title => "Size and cost of a multilayer perceptron";

    public int Position => 6;

    public Type Contract => typeof(IMlpComplexity);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        Count("parameters", "weights and biases"),
        Count("parameters_without_biases", "weights only"),
        Count("backprop_multiplications", "multiplications of one SGD step with backpropagation"),
        Count("path_multiplications", "multiplications of every ∂u_N/∂u_i by enumerating paths"),
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => MlpComplexityMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var counts = (IMlpComplexity)implementation;
        var (d, l, n, c) = ((int)inputs["d"].ToScalar(), (int)inputs["L"].ToScalar(), (int)inputs["n"].ToScalar(), (int)inputs["c"].ToScalar());
        var shape = $"(d={d}, L={l}, n={n}, c={c})";
        Record(outcome, "parameters", $"Parameters{shape}", () => counts.Parameters(d, l, n, c));
        Record(outcome, "parameters_without_biases", $"ParametersWithoutBiases{shape}", () => counts.ParametersWithoutBiases(d, l, n, c));
        Record(outcome, "backprop_multiplications", $"BackpropMultiplications{shape}", () => counts.BackpropMultiplications(d, l, n, c));
        Record(outcome, "path_multiplications", $"PathMultiplications{shape}", () => counts.PathMultiplications(d, l, n, c));
    }

    private static void Record(CaseOutcomeBuilder outcome, string quantity, string call, Func<BigInteger> count)
    {
        var value = BigInteger.Zero;
        if (!outcome.Step(call, () => value = count(), quantity))
        {
            return;
        }
        outcome.Record(quantity, DecimalLimbs.Encode(value, DecimalLimbs.WidthOf(value)), call);
    }

    private static QuantitySpec Count(string name, string description) =>
        new(name, description, 1, Exact) { Criterion = new ExactCount(name) };
}
