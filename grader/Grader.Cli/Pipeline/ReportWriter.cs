using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Core.Grading;
using Grader.Core.Reports;

namespace Grader.Cli.Pipeline;

/// <summary>Writes a submission's grade.json, results.json (Gradescope's schema), feedback.md and feedback.html.</summary>
public static class ReportWriter
{
    public const string ResultsFile = "results.json";
    public const string FeedbackFile = "feedback.md";
    public const string FeedbackHtmlFile = "feedback.html";

    /// <summary>The whole grade in the grader's own format, from which the other two are rendered (and re-rendered
    /// when `grader merge` adds manual scores).</summary>
    public const string GradeFile = "grade.json";

    private static readonly JsonSerializerOptions GradeJson = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes both files, each through a temporary file and a rename, so a killed run leaves the last
    /// complete version and never a half-written one.</summary>
    public static void Write(SubmissionGrade grade, string directory)
    {
        Directory.CreateDirectory(directory);
        Replace(Path.Combine(directory, GradeFile), JsonSerializer.Serialize(grade, GradeJson));
        Replace(Path.Combine(directory, ResultsFile), GradescopeResults.From(grade).ToJson());
        Replace(Path.Combine(directory, FeedbackFile), FeedbackMarkdown.Render(grade));
        Replace(Path.Combine(directory, FeedbackHtmlFile), FeedbackHtml.Render(grade));
        FeedbackMarkdown.WritePlots(grade, directory);
    }

    /// <summary>The grade written to <paramref name="directory"/>.</summary>
    public static SubmissionGrade Read(string directory) =>
        JsonSerializer.Deserialize<SubmissionGrade>(File.ReadAllText(Path.Combine(directory, GradeFile)), GradeJson)
        ?? throw new JsonException($"{directory}/{GradeFile} is empty.");

    /// <summary>The grade written to <paramref name="directory"/>, or null when there is none or it cannot be read
    /// (a file cut short by a full disk, or written by a grader whose format was different).</summary>
    public static SubmissionGrade? TryRead(string directory)
    {
        try
        {
            return Read(directory);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static void Replace(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
