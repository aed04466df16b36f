using System.Globalization;
using Grader.Cli.Pipeline;
using Grader.Core.Grading;

namespace Grader.Cli.Batch;

/// <summary>Grades a class: every submission of the shard, several at once, each in its own runners. A submission
/// whose grade key is unchanged is skipped; its key is written last, so an interrupted grading is done again. A
/// regraded submission keeps the hand scores of its previous grade that still fit (<see cref="HandScoreCarryOver"/>),
/// and every grade gets the assignment's late penalty from its submission's time.</summary>
/// <param name="times">When each submission came, for the late policy (default: its files' times).</param>
public sealed class BatchRunner(SubmissionPipeline pipeline, BatchSettings settings, SubmissionGrader grader, SubmissionTimes? times = null)
{
    private readonly SubmissionTimes _times = times ?? SubmissionTimes.FromFiles();

    private static readonly CheckStatus[] GradingFailures =
    [
        CheckStatus.CompileError, CheckStatus.Crashed, CheckStatus.TimedOut, CheckStatus.OutOfMemory,
        CheckStatus.StackOverflow, CheckStatus.ExitedEarly,
    ];

    /// <returns>The students graded or skipped (fewer than given when cancelled), and the notices of the run.</returns>
    public BatchResult Run(IReadOnlyList<StudentSubmission> submissions, BatchProgress progress, CancellationToken cancel)
    {
        var done = new List<string>();
        var notices = new List<(string Student, string Notice)>();
        var mine = submissions.Where(s => settings.Shard.Contains(s.Student)).ToArray();
        ShardRecord.Write(settings.Output, settings.Shard);
        try
        {
            Parallel.ForEach(mine, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = cancel }, submission =>
            {
                var (grade, skipped, dropped) = GradeOne(submission, cancel);
                var failed = grade.Checks.Any(c => GradingFailures.Contains(c.Status));
                var result = string.Create(CultureInfo.InvariantCulture, $"{grade.Score:0.##} / {grade.MaxScore:0.##}") +
                             (dropped.Count == 0 ? "" : $"; {dropped.Count} hand score{(dropped.Count == 1 ? "" : "s")} dropped, see the summary");
                progress.Finished(submission.Student, result, failed, skipped);
                lock (done)
                {
                    done.Add(submission.Student);
                    notices.AddRange(dropped.Select(d => (submission.Student, d)));
                }
            });
        }
        // Parallel.ForEach rethrows a body's cancellation as itself only when it carries the batch's own token; one raised
        // through a linked token (a submission's time budget is linked to it) comes wrapped.
        catch (Exception e) when (cancel.IsCancellationRequested && IsCancellation(e))
        {
            progress.Stopped();
        }
        return new BatchResult(
            done.Order(StringComparer.Ordinal).ToArray(),
            notices.OrderBy(n => n.Student, StringComparer.Ordinal).Select(n => n.Notice).ToArray());
    }

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException || e is AggregateException aggregate && aggregate.InnerExceptions.All(IsCancellation);

    /// <summary>The students of <paramref name="submissions"/> that belong to this batch's shard.</summary>
    public IEnumerable<StudentSubmission> InShard(IEnumerable<StudentSubmission> submissions) =>
        submissions.Where(s => settings.Shard.Contains(s.Student));

    private (SubmissionGrade Grade, bool Skipped, IReadOnlyList<string> Dropped) GradeOne(StudentSubmission submission, CancellationToken cancel)
    {
        var folder = Path.Combine(settings.Output, submission.Student);
        var keyFile = Path.Combine(folder, GradeKey.FileName);
        var key = GradeKey.Of(submission.Path, settings.FixturesDigest, settings.SettingsText);
        var late = _times.Of(submission) is { } submitted ? grader.Assignment?.Late(submitted) : null;
        var gradeFile = Path.Combine(folder, ReportWriter.GradeFile);
        if (!settings.Force && File.Exists(keyFile) && File.ReadAllText(keyFile) == key && File.Exists(gradeFile))
        {
            // The grade stands; its late penalty follows the submission's time, which a corrected times file can change.
            var kept = ReportWriter.Read(folder);
            if (kept.Late != late)
            {
                ReportWriter.Write(kept = kept with { Late = late }, folder);
            }
            return (kept, true, []);
        }

        var carry = new HandScoreCarryOver(submission.Student, File.Exists(gradeFile) ? ReportWriter.TryRead(folder) : null);
        SubmissionGrade Keep(SubmissionGrade grade) => carry.Apply(grade) with { Late = late };

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
                grade = Keep(grader.FailAll(submission.Student, CheckStatus.CompileError,
                    "Not run: the submitted archive was refused (see the note at the top).", [$"The archive was refused: {refused}"]));
            }
            else
            {
                grade = ProgressiveReports.Grade(pipeline, grader, source, work, folder, submission.Student, cancel, Keep).Grade;
            }
            ReportWriter.Write(grade, folder);
            File.WriteAllText(keyFile, key);
            return (grade, false, carry.Dropped(grade));
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
