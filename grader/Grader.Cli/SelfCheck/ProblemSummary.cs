namespace Grader.Cli.SelfCheck;

/// <summary>One problem's line of the report.</summary>
/// <param name="KillRate">Killed over compiled non-equivalent mutants, the unobservable ones included: the share of wrong
/// implementations the hidden fixtures reject (1 when there is none).</param>
public sealed record ProblemSummary(
    string Problem, int Generated, int Compiled, int Killed, int Equivalent, int Unobservable, int Survived, int CompileErrors, int NotGraded,
    double KillRate)
{
    public static ProblemSummary Of(string problem, IReadOnlyCollection<MutantResult> results)
    {
        int Count(MutantStatus status) => results.Count(r => r.Status == status);
        var (killed, equivalent, survived, notGraded) =
            (Count(MutantStatus.Killed), Count(MutantStatus.Equivalent), Count(MutantStatus.Survived), Count(MutantStatus.NotGraded));
        var (compileErrors, unobservable) = (Count(MutantStatus.CompileError), Count(MutantStatus.Unobservable));
        var decided = killed + unobservable + survived + notGraded;
        return new ProblemSummary(
            problem, results.Count, results.Count - compileErrors, killed, equivalent, unobservable, survived, compileErrors, notGraded,
            decided == 0 ? 1 : (double)killed / decided);
    }
}
