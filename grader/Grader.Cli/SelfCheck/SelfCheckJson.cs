using System.Text.Encodings.Web;
using System.Text.Json;

namespace Grader.Cli.SelfCheck;

/// <summary>out/selfcheck/selfcheck.json: the summary per problem and every mutant's result, for tools.</summary>
public static class SelfCheckJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(SelfCheckReport report) => JsonSerializer.Serialize(new
    {
        passed = report.Passed,
        filtered = report.Filtered,
        elapsed_seconds = Math.Round(report.Elapsed.TotalSeconds, 1),
        jobs = report.Jobs,
        total = Summary(report.Total),
        problems = report.Problems.Select(Summary),
        stale_equivalents = report.StaleEquivalents,
        killed_equivalents = report.KilledEquivalents,
        mutants = report.Results.Select(r => new
        {
            id = r.Mutant.Id,
            file = r.Mutant.File,
            line = r.Mutant.Line,
            member = r.Mutant.Member,
            kind = r.Mutant.Kind.ToString(),
            original = r.Mutant.Original,
            replacement = r.Mutant.Replacement,
            problems = r.Mutant.Problems,
            status = r.Status.ToString(),
            detail = r.Detail,
            seconds = Math.Round(r.Elapsed.TotalSeconds, 2),
        }),
    }, Options);

    private static object Summary(ProblemSummary s) => new
    {
        problem = s.Problem,
        generated = s.Generated,
        compiled = s.Compiled,
        killed = s.Killed,
        equivalent = s.Equivalent,
        unobservable = s.Unobservable,
        survived = s.Survived,
        compile_errors = s.CompileErrors,
        not_graded = s.NotGraded,
        kill_rate = Math.Round(s.KillRate, 4),
    };
}
