using Grader.Core.Fixtures;

namespace Grader.Core.Grading;

/// <summary>Where along a sweep of sequence lengths a quantity first goes wrong: right at T = 1 but wrong at T = 2
/// points at what flows back through time, wrong already at T = 1 at a single step.</summary>
public static class LengthSweep
{
    /// <summary>One sentence for the check's message, or null when the cases do not sweep the length or all pass.</summary>
    /// <param name="cases">Each case with its sequence length and whether the quantity passed on it.</param>
    public static string? Describe(IEnumerable<(Fixture Fixture, int Length, bool Passed)> cases)
    {
        var byLength = cases.GroupBy(c => c.Length).OrderBy(g => g.Key).ToArray();
        if (byLength.Length < 2)
        {
            return null;
        }
        var firstWrong = byLength.FirstOrDefault(g => g.Any(c => !c.Passed));
        if (firstWrong is null)
        {
            return null;
        }
        var shortest = firstWrong.Key;
        var example = firstWrong.First(c => !c.Passed).Fixture.Case;
        var rightBefore = byLength.Where(g => g.Key < shortest).Select(g => g.Key).ToArray();
        if (rightBefore.Length == 0)
        {
            return $"Length sweep: it is already wrong at the shortest sequence, T = {shortest} (case {example}), " +
                   "so the error is in a single step, not only in the terms that flow back through time.";
        }
        return $"Length sweep: it agrees with the reference for T = {string.Join(", ", rightBefore)} and first disagrees at " +
               $"T = {shortest} (case {example}). Right over short sequences but wrong over longer ones usually means that what " +
               "flows back from later steps is missing or mishandled: the recurrent term that carries the gradient from step t + 1 " +
               "back to step t, or the sum over the steps.";
    }
}
