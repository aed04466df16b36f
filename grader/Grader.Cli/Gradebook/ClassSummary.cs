using System.Globalization;
using System.Text;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>What a TA reads at the end of a batch or a merge: the score distribution, the checks most often failed, the
/// mistakes most often matched, the submissions that crashed or timed out, the hand-graded parts still to score, the
/// late submissions, and the notices of the run (Canvas identities, hand scores dropped on a regrade, missing shards).</summary>
public static class ClassSummary
{
    private const int Shown = 5;

    private static readonly CheckStatus[] Crashes =
    [
        CheckStatus.Crashed, CheckStatus.TimedOut, CheckStatus.OutOfMemory, CheckStatus.StackOverflow, CheckStatus.ExitedEarly,
    ];

    public static string Render(ClassGradebook book, IReadOnlyList<string>? notices = null)
    {
        var text = new StringBuilder();
        var rows = book.Rows;
        text.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count} submissions graded{Of(book)}.");
        if (rows.Count > 0)
        {
            Scores(text, rows);
        }
        if (notices is { Count: > 0 })
        {
            text.AppendLine("Notices:");
            foreach (var notice in notices)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {notice}");
            }
        }
        return text.ToString();
    }

    /// <summary>The students with a check the grader could not grade: a regrade gives them their true score.</summary>
    public static IReadOnlyList<GradebookRow> NeedRegrade(IReadOnlyList<GradebookRow> rows) =>
        rows.Where(r => r.Grade.Checks.Any(c => c.Status == CheckStatus.NotGraded)).ToArray();

    private static string Of(ClassGradebook book) => book.Assignments switch
    {
        [var one] => $" for {one.Id} ({one.Title}, {PointsText.Of(one.Total)} points)",
        [] => " as a practice set",
        var several => $" for {string.Join(", ", several.Select(a => a.Id))}",
    };

    private static void Scores(StringBuilder text, IReadOnlyList<GradebookRow> rows)
    {
        var percents = rows.Select(r => r.Grade.MaxScore == 0 ? 0 : 100 * r.Grade.Score / r.Grade.MaxScore).Order().ToArray();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Score: mean {percents.Average():0.#} %, median {percents[percents.Length / 2]:0.#} %, min {percents[0]:0.#} %, max {percents[^1]:0.#} %");
        for (var bin = 0; bin < 10; bin++)
        {
            var (low, high) = (bin * 10, bin == 9 ? 100.0 : bin * 10 + 10);
            var count = percents.Count(p => p >= low && (bin == 9 ? p <= high : p < high));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {low,3}–{high,3:0} % | {new string('#', count)} {count}");
        }

        Section(text, "Checks most often failed",
            rows.SelectMany(r => r.Grade.Checks).Where(c => !c.Passed && c.Status != CheckStatus.NotGraded).GroupBy(c => c.Id));
        var regrade = NeedRegrade(rows);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Not graded (the grader's fault, not the students'; grade them again): {regrade.Count}");
        foreach (var row in regrade)
        {
            var reasons = row.Grade.Checks.Where(c => c.Status == CheckStatus.NotGraded).Select(c => c.Message.Split('\n')[0]).Distinct().Take(2);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {row.Student}: {row.Grade.Checks.Count(c => c.Status == CheckStatus.NotGraded)} checks: {string.Join(" / ", reasons)}");
        }
        Section(text, "Mistakes most often matched", rows.SelectMany(r => r.Grade.Checks)
            .Where(c => c.Mistake is not null).GroupBy(c => $"{c.Problem}: {c.Mistake}"), countStudents: rows);
        var crashed = rows.Where(r => r.Grade.Checks.Any(c => Crashes.Contains(c.Status))).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Crashed or timed out: {crashed.Length}");
        foreach (var row in crashed)
        {
            var statuses = row.Grade.Checks.Where(c => Crashes.Contains(c.Status)).Select(c => c.Status.Describe()).Distinct();
            text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Student}: {string.Join(", ", statuses)}");
        }
        var pending = rows.Select(r => (r.Student, Parts: r.Grade.Checks.Where(c => c.IsPendingHand).Select(c => c.Part ?? c.Quantity).ToArray()))
            .Where(r => r.Parts.Length > 0).ToArray();
        if (rows.Any(r => r.Grade.Checks.Any(c => c.IsManual)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Hand-graded parts not scored yet: {pending.Sum(p => p.Parts.Length)} ({pending.Length} of {rows.Count} students; fill scores-template.csv and run grader merge --manual)");
        }
        var late = rows.Where(r => r.Grade.Late is { Days: > 0 }).ToArray();
        if (late.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Late: {late.Length}");
            foreach (var row in late)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {row.Student}: {row.Grade.Late!.Days} day{(row.Grade.Late.Days == 1 ? "" : "s")} late, −{row.Grade.Late.Points:0.##} points");
            }
        }
    }

    private static void Section<T>(StringBuilder text, string title, IEnumerable<IGrouping<string, T>> groups, IReadOnlyList<GradebookRow>? countStudents = null)
    {
        var top = groups.Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Take(Shown).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}:{(top.Length == 0 ? " none" : "")}");
        foreach (var (key, count) in top)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {count,4} × {key}");
        }
    }
}
