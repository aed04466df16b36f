using System.Globalization;
using System.Text;
using Grader.Core.Grading;

namespace Grader.Core.Reports;

/// <summary>feedback.md: per problem, a table of checks passed or not at a glance, then what went wrong and why.</summary>
public static class FeedbackMarkdown
{
    public static string Render(SubmissionGrade grade)
    {
        var text = new StringBuilder();
        text.Append($"# Feedback for {grade.Submission}\n\n");
        text.Append($"**Score: {Points(grade.Score)} / {Points(grade.MaxScore)}**\n");
        foreach (var note in grade.Notes)
        {
            text.Append($"\n> {Escape(note).Replace("\n", "\n> ", StringComparison.Ordinal)}\n");
        }

        foreach (var problem in grade.Checks.GroupBy(c => c.Problem))
        {
            var checks = problem.ToArray();
            text.Append($"\n## {problem.Key}: {Points(checks.Sum(c => c.Score))} / {Points(checks.Sum(c => c.MaxScore))}\n\n");
            text.Append("| | check | status | points |\n|---|---|---|---|\n");
            foreach (var check in checks)
            {
                text.Append($"| {Mark(check)} | {check.Label} | {check.Status.Describe()} | {Points(check.Score)} / {Points(check.MaxScore)} |\n");
            }

            foreach (var check in checks.Where(c => !c.Passed))
            {
                text.Append($"\n### ❌ {check.Label}: {check.Status.Describe()}\n\n");
                text.Append(Escape(check.Message)).Append('\n');
            }

            if (grade.Output.TryGetValue(problem.Key, out var printed))
            {
                var fence = new string('`', Math.Max(3, LongestRun(printed, '`') + 1));
                text.Append($"\n### What your code printed\n\n{fence}text\n{printed.TrimEnd()}\n{fence}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>✅ passed, ✍️ scored by a TA, ❌ anything else.</summary>
    public static string Mark(CheckResult check) => check.IsManual ? "✍️" : check.Passed ? "✅" : "❌";

    /// <summary>Messages quote what student code said (exception messages): no HTML of theirs reaches the reader.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
