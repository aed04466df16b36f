using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Tests.AddingAProblem;

/// <summary>The test-only problem's module (step 2 of docs/adding-a-problem.md): everything the grader knows of it.</summary>
public sealed class AffineMapModule : IProblemModule
{
    public const string ProblemId = "affine-map";
    public const string BiasLeftOut = "b left out of y";

    public string Id => ProblemId;

    public string Title => "Affine map: forward and backward";

    public int Position => 100;

    public Type Contract => typeof(IAffineMap);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("y", "y = W x + b from Forward", 1),
        new("dx", "∂L/∂x returned by Backward", 1),
        new("dW", "∂L/∂W", 1),
        new("db", "∂L/∂b", 1),
    ];

    public IReadOnlyDictionary<string, string> MistakeHints { get; } = new Dictionary<string, string>
    {
        [BiasLeftOut] = "y = W x + b: add the bias after the product.",
    };

    public IForwardModel ForwardModel { get; } = new AffineMapForwardModel();

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var map = (IAffineMap)implementation;
        if (!outcome.Step("Setting the weights", () => (map.W, map.B) = (inputs["W"].ToMatrix(), inputs["b"].ToVector())))
        {
            return;
        }
        object? y = null;
        if (!outcome.Step("Forward", () => y = map.Forward(inputs["x"].ToVector())))
        {
            return;
        }
        outcome.Record("y", y, "Forward");
        object? dx = null;
        if (!outcome.Step("Backward", () => dx = map.Backward(inputs["delta"].ToVector())))
        {
            return;
        }
        outcome.Record("dx", dx, "Backward");
        outcome.Record("dW", "Reading DW", () => map.DW);
        outcome.Record("db", "Reading DB", () => map.DB);
    }
}
