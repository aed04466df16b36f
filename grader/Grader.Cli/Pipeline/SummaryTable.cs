using System.Globalization;
using System.Text;
using Grader.Core.Grading;

namespace Grader.Cli.Pipeline;

/// <summary>The short table `grader grade` prints: one row per submission.</summary>
public static class SummaryTable
{
    public static string Render(IReadOnlyList<GradingRun> runs)
    {
        string[] header = ["submission", "score", "passed", "failed (statuses)", "not graded", "compile", "run"];
        var rows = runs.Select(run => new[]
        {
            run.Grade.Submission,
            $"{Points(run.Grade.Score)} / {Points(run.Grade.MaxScore)}",
            run.Grade.Checks.Count(c => c.Status == CheckStatus.Passed).ToString(CultureInfo.InvariantCulture),
            Failures(run.Grade),
            run.Grade.Checks.Count(c => c.Status == CheckStatus.NotGraded).ToString(CultureInfo.InvariantCulture),
            Seconds(run.CompileTime),
            Seconds(run.RunTime),
        }).ToArray();

        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }
        return text.ToString();
    }

    private static string Failures(SubmissionGrade grade)
    {
        // Not graded is the grader's fault, counted in its own column; hand-graded parts are not failures.
        var failed = grade.Checks.Where(c => !c.Passed && c.Status != CheckStatus.NotGraded).ToArray();
        if (failed.Length == 0)
        {
            return "0";
        }
        var statuses = failed.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Describe()}");
        return $"{failed.Length} ({string.Join(", ", statuses)})";
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths) =>
        text.Append(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
