using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Core.Diagnosis;

/// <summary>A case a diagnosis looks at: one where a quantity has a value of the right shape, all finite, outside the
/// tolerance. Differentiation takes the smallest (the cheapest), though not a 1×1 or single-element one when a larger
/// case fails too (a split of one number says little); a heatmap takes the largest that it draws cell for cell.</summary>
public sealed record FailingCase(Fixture Fixture, CaseOutcome Outcome, Comparison Comparison)
{
    public NumericArray Actual => Comparison.Actual;

    public NumericArray Expected => Comparison.Expected;

    /// <summary>The case to differentiate: the smallest failing one.</summary>
    public static FailingCase? Smallest(QuantitySpec spec, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes) =>
        All(spec, fixtures, outcomes).OrderBy(c => Rank(c.Expected)).FirstOrDefault();

    /// <summary>The case to draw: the largest failing one that fits a heatmap cell for cell, else the smallest.</summary>
    public static FailingCase? Drawable(QuantitySpec spec, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes)
    {
        var all = All(spec, fixtures, outcomes).ToArray();
        return all.Where(c => c.Expected.Shape.All(n => n <= Reports.SvgHeatmap.MaxCells)).OrderByDescending(c => c.Expected.Data.Length).FirstOrDefault()
               ?? Smallest(spec, fixtures, outcomes);
    }

    /// <summary>Every case where the quantity has a value of the right shape, all finite, outside the tolerance, in fixture order.</summary>
    public static IEnumerable<FailingCase> All(QuantitySpec spec, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes)
    {
        foreach (var (fixture, outcome) in fixtures.Zip(outcomes))
        {
            if (!spec.Applies(fixture.Inputs) || !fixture.Expected.TryGetValue(spec.Name, out var expected) ||
                !outcome.Quantities.TryGetValue(spec.Name, out var produced) || !produced.HasValue)
            {
                continue;
            }
            var comparison = AllClose.Compare(expected, produced.Value, spec.Tolerance);
            if (comparison.Kind == ComparisonKind.NotClose)
            {
                yield return new FailingCase(fixture, outcome, comparison);
            }
        }
    }

    /// <summary>Smaller is preferred: any case with every dimension at least 2 before a degenerate one, then by size.</summary>
    private static long Rank(NumericArray value) =>
        (value.Data.Length < 2 || value.Shape.Any(n => n < 2) ? 1L << 40 : 0) + value.Data.Length;

    /// <summary>Whether <paramref name="quantity"/> agrees with the reference in this case; null when it cannot be told.</summary>
    public bool? Agrees(IProblemModule problem, string quantity)
    {
        var spec = problem.Quantities.FirstOrDefault(q => q.Name == quantity);
        if (spec is null || !Fixture.Expected.TryGetValue(quantity, out var expected) || !Outcome.Quantities.TryGetValue(quantity, out var produced))
        {
            return null;
        }
        return produced.HasValue && AllClose.IsClose(expected, produced.Value, spec.Tolerance);
    }
}
