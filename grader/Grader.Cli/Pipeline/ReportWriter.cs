using Grader.Core.Grading;
using Grader.Core.Reports;

namespace Grader.Cli.Pipeline;

/// <summary>Writes a submission's results.json (Gradescope's schema) and feedback.md.</summary>
public static class ReportWriter
{
    public const string ResultsFile = "results.json";
    public const string FeedbackFile = "feedback.md";

    public static void Write(SubmissionGrade grade, string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ResultsFile), GradescopeResults.From(grade).ToJson());
        File.WriteAllText(Path.Combine(directory, FeedbackFile), FeedbackMarkdown.Render(grade));
    }
}
