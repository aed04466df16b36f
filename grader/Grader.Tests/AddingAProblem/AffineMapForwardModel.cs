using Grader.Core.Diagnosis;
using Grader.Core.Numerics;

namespace Grader.Tests.AddingAProblem;

/// <summary>Backward's gradients are those of L = δ·y, so the objective is δ·Forward(x).</summary>
public sealed class AffineMapForwardModel : IForwardModel
{
    private static readonly string[] Forward = ["y"];

    public IReadOnlyList<GradientLink> Gradients { get; } = [new("dx", "x", Forward), new("dW", "W", Forward), new("db", "b", Forward)];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var map = (IAffineMap)implementation;
        (map.W, map.B) = (inputs["W"].ToMatrix(), inputs["b"].ToVector());
        return NumericArray.Scalar(map.Forward(inputs["x"].ToVector()).DotProduct(inputs["delta"].ToVector()));
    }
}
