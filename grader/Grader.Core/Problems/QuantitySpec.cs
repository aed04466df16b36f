using Grader.Core.Numerics;

namespace Grader.Core.Problems;

/// <summary>One output a problem grades as its own check, on every case of a fixture set.</summary>
/// <param name="Name">The fixture's key, the symbol of the problem text (e.g. <c>dWh</c>).</param>
/// <param name="Description">What it is, in a few words (e.g. "∂L/∂Wh").</param>
/// <param name="Points">Points for this check in each fixture set.</param>
public sealed record QuantitySpec(string Name, string Description, double Points, Tolerance Tolerance)
{
    public QuantitySpec(string name, string description, double points)
        : this(name, description, points, Tolerance.Default)
    {
    }
}
