using Grader.Core.Grading;
using Grader.Core.Reports;

namespace Grader.Cli.Pipeline;

/// <summary>Writes a submission's results.json (Gradescope's schema) and feedback.md.</summary>
public static class ReportWriter
{
    public const string ResultsFile = "results.json";
    public const string FeedbackFile = "feedback.md";

    /// <summary>Writes both files, each through a temporary file and a rename, so a killed run leaves the last
    /// complete version and never a half-written one.</summary>
    public static void Write(SubmissionGrade grade, string directory)
    {
        Directory.CreateDirectory(directory);
        Replace(Path.Combine(directory, ResultsFile), GradescopeResults.From(grade).ToJson());
        Replace(Path.Combine(directory, FeedbackFile), FeedbackMarkdown.Render(grade));
    }

    /// <summary>The grade a results.json holds (checks, score, notes), for a submission a batch skips.</summary>
    public static SubmissionGrade Read(string directory, string submission) =>
        GradescopeResults.Parse(File.ReadAllText(Path.Combine(directory, ResultsFile))).ToGrade(submission);

    private static void Replace(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
