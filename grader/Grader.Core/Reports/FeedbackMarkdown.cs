using System.Globalization;
using System.Text;
using Grader.Core.Assignments;
using Grader.Core.Grading;

namespace Grader.Core.Reports;

/// <summary>feedback.md: per problem, a table of checks passed or not at a glance, then what went wrong and why,
/// then the checks' figures, linked from <see cref="PlotFolder"/> next to feedback.md (see <see cref="WritePlots"/>).</summary>
public static class FeedbackMarkdown
{
    /// <summary>The folder, relative to feedback.md, that holds the checks' SVG figures.</summary>
    public const string PlotFolder = "plots";

    public static string Render(SubmissionGrade grade)
    {
        var text = new StringBuilder();
        text.Append($"# Feedback for {grade.Submission}\n\n");
        text.Append($"**Score: {Points(grade.Score)} / {Points(grade.MaxScore)}**\n");
        if (grade.Late is { } late)
        {
            text.Append($"\nSubmitted {late.Days} day{(late.Days == 1 ? "" : "s")} late: {Points(late.Points)} points off by the late policy.\n");
        }
        foreach (var note in grade.Notes)
        {
            text.Append($"\n> {Escape(note).Replace("\n", "\n> ", StringComparison.Ordinal)}\n");
        }
        if (grade.Assignment is { } assignment)
        {
            text.Append($"\n## {Escape(assignment.Title)}\n\n| part | | graded | points |\n|---|---|---|---|\n");
            foreach (var part in PartScore.Of(grade))
            {
                text.Append($"| {Escape(part.Part.Label)} | {Escape(part.Part.Title)} | {part.Part.GradedBy} | {part.Describe(Points)} |\n");
            }
            foreach (var hand in grade.Checks.Where(c => c.Hand is { Comment.Length: > 0 }))
            {
                text.Append($"\n### ✍️ {Escape(hand.Part ?? hand.Quantity)}: {Escape(hand.Quantity)}\n\n{Escape(hand.Hand!.Comment)}\n");
            }
        }

        foreach (var problem in grade.Checks.GroupBy(c => c.Problem))
        {
            var checks = problem.ToArray();
            text.Append($"\n## {problem.Key}: {Points(checks.Sum(c => c.Score))} / {Points(checks.Sum(c => c.MaxScore))}\n\n");
            text.Append("| | check | status | points |\n|---|---|---|---|\n");
            foreach (var check in checks)
            {
                text.Append($"| {Mark(check)} | {Escape(check.Label)} | {StatusOf(check)} | {Points(check.Score)} / {Points(check.MaxScore)} |\n");
            }

            foreach (var check in checks.Where(c => !c.Passed && !c.IsManual))
            {
                text.Append($"\n### ❌ {check.Label}: {check.Status.Describe()}\n\n");
                text.Append(Escape(check.Message)).Append('\n');
            }

            var figures = checks.SelectMany(c => c.Plots.Select((plot, i) => (Plot: plot, Path: PlotPath(c, i)))).ToArray();
            if (figures.Length > 0)
            {
                text.Append("\n### Figures\n");
                foreach (var (plot, path) in figures)
                {
                    text.Append($"\n![{plot.Title}]({path})\n");
                }
            }

            if (grade.Output.TryGetValue(problem.Key, out var printed))
            {
                var fence = new string('`', Math.Max(3, LongestRun(printed, '`') + 1));
                text.Append($"\n### What your code printed\n\n{fence}text\n{printed.TrimEnd()}\n{fence}\n");
            }
        }
        return text.ToString();
    }

    /// <summary>A check's status, and for a hand-graded part whether a TA has scored it and at which rubric level.</summary>
    public static string StatusOf(CheckResult check) => check switch
    {
        { IsManual: false } => check.Status.Describe(),
        { Hand: null } => "graded by hand: pending",
        { Hand.Level: { } level } => $"graded by hand: {level}",
        _ => "graded by hand",
    };

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

    /// <summary>Every figure of the grade, by its path relative to feedback.md.</summary>
    public static IReadOnlyDictionary<string, string> PlotFiles(SubmissionGrade grade) =>
        grade.Checks.SelectMany(c => c.Plots.Select((plot, i) => (Path: PlotPath(c, i), plot.Svg))).ToDictionary(p => p.Path, p => p.Svg);

    /// <summary>Writes the figures that feedback.md links to under <paramref name="directory"/> (the folder of feedback.md).</summary>
    /// <returns>The paths written, relative to <paramref name="directory"/>.</returns>
    public static IReadOnlyList<string> WritePlots(SubmissionGrade grade, string directory)
    {
        var files = PlotFiles(grade);
        foreach (var (path, svg) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, svg);
        }
        return files.Keys.ToArray();
    }

    private static string PlotPath(CheckResult check, int index)
    {
        var name = new string(check.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return $"{PlotFolder}/{name}-{index + 1}.svg";
    }

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
