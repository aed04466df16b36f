using Grader.Core.Numerics;

namespace Grader.Core.Execution;

/// <summary>A request to differentiate a submission's own forward pass by central finite differences on one case's
/// inputs: for each gradient quantity, the flat indices of the elements to estimate. Never expected values.</summary>
public sealed record DifferentiationCall(
    string Problem,
    string Case,
    IReadOnlyDictionary<string, NumericArray> Inputs,
    IReadOnlyDictionary<string, int[]> Probes)
{
    /// <summary>How many forward evaluations it costs at most: two per probed element.</summary>
    public int Evaluations => 2 * Probes.Sum(p => p.Value.Length);
}
