using System.Globalization;
using System.Text;

namespace Grader.Cli.SelfCheck;

/// <summary>out/selfcheck/selfcheck.md: the kill rates per problem and, for each survivor, an entry ready to paste
/// into the equivalents file once its reason is written (or a prompt to strengthen the fixtures).</summary>
public static class SelfCheckMarkdown
{
    public static string Render(SelfCheckReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("# Selfcheck: mutants of the answer key graded on the hidden fixtures").AppendLine();
        text.AppendLine(report.Passed
            ? "Every mutant that compiles loses points, is equivalent, or is listed as unobservable with its reason."
            : $"**{report.Survivors.Count()} mutant(s) get full marks** (and {report.Results.Count(r => r.Status == MutantStatus.NotGraded)} could not be graded).");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"{report.Results.Count} mutants in {report.Elapsed.TotalSeconds:F0} s with {report.Jobs} jobs{(report.Filtered ? " (a filtered run: not every mutant)" : "")}.");
        text.AppendLine();
        text.AppendLine("| problem | generated | compiled | killed | equivalent | unobservable | survived | kill rate |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in report.Problems.Append(report.Total))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Problem} | {s.Generated} | {s.Compiled} | {s.Killed} | {s.Equivalent} | {s.Unobservable} | {s.Survived} | {s.KillRate:P1} |");
        }

        if (report.Survivors.Any())
        {
            text.AppendLine().AppendLine("## Survivors").AppendLine();
            text.AppendLine("Each is a wrong implementation the hidden fixtures accept. Add a hidden case that tells it apart, or, if it");
            text.AppendLine("computes the same thing, add its entry to reference/equivalent-mutants.json with the reason:").AppendLine();
            foreach (var r in report.Survivors)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {r.Mutant.File}:{r.Mutant.Line} `{r.Mutant.Description}` ({r.Mutant.Kind})");
            }
            text.AppendLine().AppendLine("```json");
            text.AppendLine(EquivalentMutantList.Serialize(report.Survivors.Select(r => new EquivalentMutant(r.Mutant.Id, EquivalentMutantList.Placeholder))));
            text.AppendLine("```");
        }
        Section(text, "Unobservable: wrong, but beyond every check", report.Results.Where(r => r.Status == MutantStatus.Unobservable)
            .Select(r => $"`{r.Mutant.Id}`: {r.Detail}"));
        Section(text, "Not graded", report.Results.Where(r => r.Status == MutantStatus.NotGraded).Select(r => $"`{r.Mutant.Id}`: {r.Detail}"));
        Section(text, "Listed as equivalent but killed (remove them from the list)", report.KilledEquivalents.Select(id => $"`{id}`"));
        Section(text, "Listed as equivalent but no longer generated (remove them from the list)", report.StaleEquivalents.Select(id => $"`{id}`"));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var items = lines.ToArray();
        if (items.Length == 0)
        {
            return;
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        foreach (var line in items)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }
    }
}
