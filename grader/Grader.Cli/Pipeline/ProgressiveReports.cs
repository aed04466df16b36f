using Grader.Core.Grading;

namespace Grader.Cli.Pipeline;

/// <summary>Grades a submission while keeping its reports current: before grading starts every check reads "not
/// graded", and after each problem the finished checks replace those, so a run killed at any point (Gradescope's
/// timeout, Ctrl+C, a full machine) still leaves a complete, truthful results.json.</summary>
public static class ProgressiveReports
{
    /// <param name="keep">Applied to every version written, partial or final: what the grade keeps from outside the
    /// grading (a TA's hand scores, the late penalty), so that no version written loses it.</param>
    public static GradingRun Grade(
        SubmissionPipeline pipeline, SubmissionGrader grader, string source, string work, string folder, string name, CancellationToken cancel = default,
        Func<SubmissionGrade, SubmissionGrade>? keep = null)
    {
        keep ??= grade => grade;
        var placeholder = grader.FailAll(name, CheckStatus.NotGraded, "Not graded: grading stopped before this check ran.");
        ReportWriter.Write(keep(placeholder), folder);
        var run = pipeline.Grade(source, work, name, partial => ReportWriter.Write(keep(Fill(partial, placeholder)), folder), cancel);
        run = run with { Grade = keep(run.Grade) };
        ReportWriter.Write(run.Grade, folder);
        return run;
    }

    /// <summary>The finished checks of <paramref name="partial"/>, and the placeholder's for the rest.</summary>
    public static SubmissionGrade Fill(SubmissionGrade partial, SubmissionGrade placeholder)
    {
        var done = partial.Checks.ToDictionary(c => c.Id);
        return partial with { Checks = placeholder.Checks.Select(c => done.GetValueOrDefault(c.Id, c)).ToArray() };
    }
}
