using System.Globalization;
using System.Net;
using System.Text;
using Grader.Core.Assignments;
using Grader.Core.Grading;

namespace Grader.Core.Reports;

/// <summary>feedback.html: the same report as feedback.md, as one self-contained page (styles inline, pictures
/// embedded), with everything that came from the submission escaped.</summary>
public static class FeedbackHtml
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
        tr.failed{background:#fdecea}tr.passed{background:#eef8ee}tr.manual{background:#f3f0fb}
        pre{background:#f6f6f6;padding:.6rem;overflow-x:auto;white-space:pre-wrap}
        blockquote{border-left:4px solid #ccc;margin:.5rem 0;padding:.2rem .8rem;color:#555;white-space:pre-wrap}
        """;

    public static string Render(SubmissionGrade grade)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>Feedback for {E(grade.Submission)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>Feedback for {E(grade.Submission)}</h1>\n");
        html.Append($"<p><strong>Score: {Points(grade.Score)} / {Points(grade.MaxScore)}</strong></p>\n");
        if (grade.Late is { } late)
        {
            html.Append($"<p>Submitted {late.Days} day{(late.Days == 1 ? "" : "s")} late: {Points(late.Points)} points off by the late policy.</p>\n");
        }
        foreach (var note in grade.Notes)
        {
            html.Append($"<blockquote>{E(note)}</blockquote>\n");
        }
        if (grade.Assignment is { } assignment)
        {
            html.Append($"<h2>{E(assignment.Title)}</h2>\n<table>\n<tr><th>part</th><th></th><th>graded</th><th>points</th></tr>\n");
            foreach (var part in PartScore.Of(grade))
            {
                html.Append($"<tr><td>{E(part.Part.Label)}</td><td>{E(part.Part.Title)}</td><td>{E(part.Part.GradedBy)}</td><td>{E(part.Describe(Points))}</td></tr>\n");
            }
            html.Append("</table>\n");
            foreach (var hand in grade.Checks.Where(c => c.Hand is { Comment.Length: > 0 }))
            {
                html.Append($"<h3>✍️ {E(hand.Part ?? hand.Quantity)}: {E(hand.Quantity)}</h3>\n<blockquote>{E(hand.Hand!.Comment)}</blockquote>\n");
            }
        }

        foreach (var problem in grade.Checks.GroupBy(c => c.Problem))
        {
            var checks = problem.ToArray();
            html.Append($"<h2>{E(problem.Key)}: {Points(checks.Sum(c => c.Score))} / {Points(checks.Sum(c => c.MaxScore))}</h2>\n");
            html.Append("<table>\n<tr><th></th><th>check</th><th>status</th><th>points</th></tr>\n");
            foreach (var check in checks)
            {
                var row = check.IsManual ? "manual" : check.Passed ? "passed" : "failed";
                html.Append($"<tr class=\"{row}\"><td>{FeedbackMarkdown.Mark(check)}</td><td>{E(check.Label)}</td>" +
                            $"<td>{E(FeedbackMarkdown.StatusOf(check))}</td><td>{Points(check.Score)} / {Points(check.MaxScore)}</td></tr>\n");
            }
            html.Append("</table>\n");
            foreach (var check in checks.Where(c => !c.Passed && !c.IsManual))
            {
                html.Append($"<h3>❌ {E(check.Label)}: {E(check.Status.Describe())}</h3>\n<pre>{E(check.Message)}</pre>\n");
            }
            var plots = checks.SelectMany(c => c.Plots).ToArray();
            if (plots.Length > 0)
            {
                html.Append("<h3>Figures</h3>\n");
                foreach (var plot in plots)
                {
                    // The grader draws these itself from numbers; only the caption is text.
                    var svg = plot.Svg.StartsWith("<?xml", StringComparison.Ordinal) ? plot.Svg[(plot.Svg.IndexOf("?>", StringComparison.Ordinal) + 2)..] : plot.Svg;
                    html.Append($"<figure>{svg.Trim()}<figcaption>{E(plot.Title)}</figcaption></figure>\n");
                }
            }
            if (grade.Output.TryGetValue(problem.Key, out var printed))
            {
                html.Append($"<h3>What your code printed</h3>\n<pre>{E(printed.TrimEnd())}</pre>\n");
            }
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
