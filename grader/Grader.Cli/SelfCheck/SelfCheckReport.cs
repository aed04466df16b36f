namespace Grader.Cli.SelfCheck;

/// <summary>A selfcheck run: every mutant's result, a summary per problem, and the state of the equivalents list.</summary>
/// <param name="StaleEquivalents">Ids in the equivalents file that match no generated mutant any more.</param>
/// <param name="KilledEquivalents">Ids listed as equivalent that the fixtures kill: the entry is wrong or outdated.</param>
public sealed record SelfCheckReport(
    IReadOnlyList<MutantResult> Results,
    IReadOnlyList<string> StaleEquivalents,
    IReadOnlyList<string> KilledEquivalents,
    TimeSpan Elapsed,
    int Jobs,
    bool Filtered)
{
    public IReadOnlyList<ProblemSummary> Problems =>
        Results.SelectMany(r => r.Mutant.Problems.Select(p => (Problem: p, Result: r)))
            .GroupBy(x => x.Problem)
            .Select(g => ProblemSummary.Of(g.Key, g.Select(x => x.Result).ToArray()))
            .ToArray();

    public ProblemSummary Total => ProblemSummary.Of("all", Results.ToArray());

    public IEnumerable<MutantResult> Survivors => Results.Where(r => r.Status == MutantStatus.Survived);

    /// <summary>Passes when every mutant that compiled lost points or is listed (equivalent, or unobservable with its
    /// reason), and every one was graded.</summary>
    public bool Passed => Results.All(r => r.Status is MutantStatus.Killed or MutantStatus.Equivalent or MutantStatus.Unobservable or MutantStatus.CompileError);
}
