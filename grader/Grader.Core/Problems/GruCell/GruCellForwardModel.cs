using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.GruCell;

/// <summary>The GRU step: Backward's gradients are those of L = δ·h', so the objective is δ·Forward(x, h).</summary>
internal sealed class GruCellForwardModel : IForwardModel
{
    private static readonly string[] Forward = ["h_next"];

    public IReadOnlyList<GradientLink> Gradients { get; } =
    [
        new("dx", "x", Forward), new("dh", "h", Forward),
        .. GruCellModule.Weights.Select(w => new GradientLink("d" + w, w, Forward)),
    ];

    public NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link)
    {
        var cell = (IGruCell)implementation;
        GruCellModule.SetWeights(cell, inputs);
        var next = cell.Forward(inputs["x"].ToVector(), inputs["h"].ToVector());
        return NumericArray.Scalar(next.DotProduct(inputs["delta"].ToVector()));
    }
}
