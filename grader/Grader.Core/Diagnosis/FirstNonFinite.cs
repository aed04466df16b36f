using System.Globalization;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Core.Diagnosis;

/// <summary>Where the first NaN or ∞ appears: in which case, in which output (in the order the grader reads them, which
/// follows the computation: forward before backward), at which element or time step, and whether the case's inputs were
/// finite, so that a student knows it came from their own code.</summary>
internal static class FirstNonFinite
{
    public static string? Describe(IProblemModule problem, string quantity, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes)
    {
        var found = fixtures.Zip(outcomes).FirstOrDefault(c => NonFinite(c.Second, quantity) >= 0);
        if (found.First is null)
        {
            return null;
        }
        var (fixture, outcome) = found;
        var readBefore = new List<string>();
        foreach (var spec in problem.Quantities.Where(q => q.Applies(fixture.Inputs)))
        {
            var index = NonFinite(outcome, spec.Name);
            if (index < 0)
            {
                if (outcome.Quantities.TryGetValue(spec.Name, out var value) && value.HasValue)
                {
                    readBefore.Add(spec.Name);
                }
                continue;
            }
            var array = outcome.Quantities[spec.Name].Value!;
            var element = array.Data[index];
            var step = StepOf(spec, fixture, array, index);
            var finiteBefore = readBefore.Count == 0 ? "" : $"; {string.Join(", ", readBefore)}, read before it, {(readBefore.Count == 1 ? "is" : "are")} finite";
            var at = spec.Name == quantity ? "" : $", which the grader reads before {quantity}";
            return $"First NaN or ∞: in case {fixture.Case} the first output that holds one is {spec.Name}{at}: element " +
                   $"{array.FormatIndex(index)}{step} is {Name(element)}{finiteBefore}. {Inputs(fixture)}";
        }
        return null;
    }

    /// <summary>The flat index of the first non-finite element of a quantity, or −1.</summary>
    private static int NonFinite(CaseOutcome outcome, string quantity) =>
        outcome.Quantities.TryGetValue(quantity, out var value) && value.HasValue ? Array.FindIndex(value.Value.Data, v => !double.IsFinite(v)) : -1;

    private static string StepOf(QuantitySpec spec, Fixture fixture, NumericArray array, int index) =>
        spec.SequenceLength is { } length && array.Rank >= 1 && array.Shape[0] == length(fixture.Inputs)
            ? $" (time step t = {(array.Rank == 2 ? index / array.Shape[1] : index) + 1})"
            : "";

    private static string Inputs(Fixture fixture)
    {
        var bad = fixture.Inputs.Where(i => i.Value.Data.Any(v => !double.IsFinite(v))).Select(i => i.Key).ToArray();
        if (bad.Length > 0)
        {
            return $"The inputs {string.Join(", ", bad)} of this case are not finite themselves: the fixture is at fault, please report it.";
        }
        var largest = fixture.Inputs.SelectMany(i => i.Value.Data).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return $"Every input of this case is finite (the largest has magnitude {largest.ToString("G4", CultureInfo.InvariantCulture)}), " +
               "so the NaN or ∞ comes from your code: typically exp of a large number (e^710 overflows; subtract the maximum before " +
               "exp in a softmax), log of 0, or 0/0.";
    }

    private static string Name(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
}
