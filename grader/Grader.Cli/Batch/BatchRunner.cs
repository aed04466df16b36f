using Grader.Cli.Pipeline;
using Grader.Core.Grading;

namespace Grader.Cli.Batch;

/// <summary>Grades a class: every submission of the shard, several at once, each in its own runners. A submission
/// whose grade key is unchanged is skipped; its key is written last, so an interrupted grading is done again.</summary>
public sealed class BatchRunner(SubmissionPipeline pipeline, BatchSettings settings, SubmissionGrader grader)
{
    private static readonly CheckStatus[] GradingFailures =
    [
        CheckStatus.CompileError, CheckStatus.Crashed, CheckStatus.TimedOut, CheckStatus.OutOfMemory,
        CheckStatus.StackOverflow, CheckStatus.ExitedEarly,
    ];

    /// <returns>The students graded or skipped; fewer than given when cancelled.</returns>
    public IReadOnlyList<string> Run(IReadOnlyList<StudentSubmission> submissions, BatchProgress progress, CancellationToken cancel)
    {
        var done = new List<string>();
        var mine = submissions.Where(s => settings.Shard.Contains(s.Student)).ToArray();
        try
        {
            Parallel.ForEach(mine, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = cancel }, submission =>
            {
                var (grade, skipped) = GradeOne(submission, cancel);
                var failed = grade.Checks.Any(c => GradingFailures.Contains(c.Status));
                progress.Finished(submission.Student, $"{grade.Score:0.##} / {grade.MaxScore:0.##}", failed, skipped);
                lock (done)
                {
                    done.Add(submission.Student);
                }
            });
        }
        catch (OperationCanceledException)
        {
            progress.Stopped();
        }
        return done.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The students of <paramref name="submissions"/> that belong to this batch's shard.</summary>
    public IEnumerable<StudentSubmission> InShard(IEnumerable<StudentSubmission> submissions) =>
        submissions.Where(s => settings.Shard.Contains(s.Student));

    private (SubmissionGrade Grade, bool Skipped) GradeOne(StudentSubmission submission, CancellationToken cancel)
    {
        var folder = Path.Combine(settings.Output, submission.Student);
        var keyFile = Path.Combine(folder, GradeKey.FileName);
        var key = GradeKey.Of(submission.Path, settings.FixturesDigest, settings.SettingsText);
        if (!settings.Force && File.Exists(keyFile) && File.ReadAllText(keyFile) == key && File.Exists(Path.Combine(folder, ReportWriter.GradeFile)))
        {
            return (ReportWriter.Read(folder), true);
        }

        Directory.CreateDirectory(folder);
        File.Delete(keyFile);
        var work = Path.Combine(settings.Output, ".work", submission.Student);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        try
        {
            var source = submission.Path;
            SubmissionGrade grade;
            if (submission.IsZip && SafeZip.Extract(submission.Path, source = Path.Combine(work, "src")) is { } refused)
            {
                grade = grader.FailAll(submission.Student, CheckStatus.CompileError,
                    "Not run: the submitted archive was refused (see the note at the top).", [$"The archive was refused: {refused}"]);
            }
            else
            {
                grade = ProgressiveReports.Grade(pipeline, grader, source, work, folder, submission.Student, cancel).Grade;
            }
            ReportWriter.Write(grade, folder);
            File.WriteAllText(keyFile, key);
            return (grade, false);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
