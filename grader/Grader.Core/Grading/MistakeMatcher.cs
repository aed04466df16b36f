using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Core.Grading;

/// <summary>Names the recorded mistake that best explains a wrong output.</summary>
/// <remarks>A mistake qualifies when it reproduces the wrong quantity. Among those, the one that agrees with most of
/// the submission's other outputs wins, so that a wrong dWzh with a correct h' is not blamed on a mistake that
/// also changes h'. A submission with two mistakes still gets the closest one named.</remarks>
internal static class MistakeMatcher
{
    public static string? Match(IProblemModule problem, Fixture fixture, string quantity, CaseOutcome outcome)
    {
        var actual = outcome.Quantities[quantity].Value;
        if (actual is null)
        {
            return null;
        }
        var tolerance = problem.Quantities.First(q => q.Name == quantity).Tolerance;
        return fixture.Mistakes
            .Where(m => m.Value.TryGetValue(quantity, out var wrong) && AllClose.IsClose(wrong, actual, tolerance))
            .Select(m => (Name: m.Key, Agreement: Agreement(problem, fixture, m.Value, outcome)))
            .OrderByDescending(m => m.Agreement)
            .Select(m => m.Name)
            .FirstOrDefault();
    }

    /// <summary>How many of the submission's outputs are what the mistake would produce.</summary>
    private static int Agreement(IProblemModule problem, Fixture fixture, IReadOnlyDictionary<string, NumericArray> mistake, CaseOutcome outcome) =>
        problem.Quantities.Count(q =>
            outcome.Quantities.TryGetValue(q.Name, out var produced) && produced.HasValue &&
            (mistake.TryGetValue(q.Name, out var wrong) ? wrong : fixture.Expected.GetValueOrDefault(q.Name)) is { } predicted &&
            AllClose.IsClose(predicted, produced.Value, q.Tolerance));
}
