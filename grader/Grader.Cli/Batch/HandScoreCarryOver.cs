using Grader.Cli.Gradebook;
using Grader.Core.Grading;

namespace Grader.Cli.Batch;

/// <summary>A student's hand scores from their previous grade.json, kept across a regrade: a resubmission is graded
/// again by the machine, but what a TA scored by hand still holds while the part exists with the same points (and the
/// level chosen, if any, is still in its rubric with the same points). Whatever cannot be kept is said, with why.</summary>
public sealed class HandScoreCarryOver
{
    private readonly string _student;
    private readonly IReadOnlyList<CheckResult> _scored;

    /// <param name="previous">The grade the regrade replaces; null when there is none.</param>
    public HandScoreCarryOver(string student, SubmissionGrade? previous)
    {
        _student = student;
        _scored = previous?.Checks.Where(c => c.IsManual && c.Hand is not null).ToArray() ?? [];
    }

    public bool IsEmpty => _scored.Count == 0;

    /// <summary>The grade with every hand score that still fits filled in.</summary>
    public SubmissionGrade Apply(SubmissionGrade grade)
    {
        if (IsEmpty)
        {
            return grade;
        }
        var kept = _scored.Where(old => Refusal(old, grade) is null).ToDictionary(c => c.Id);
        return grade with
        {
            Checks = grade.Checks.Select(c => kept.TryGetValue(c.Id, out var old)
                ? ManualScoreSheet.Scored(c, old.Hand!.Level, old.Score, old.Hand.Comment)
                : c).ToArray(),
        };
    }

    /// <summary>Each hand score of the previous grade that <paramref name="grade"/> cannot keep: whose, which part, and why.</summary>
    public IReadOnlyList<string> Dropped(SubmissionGrade grade) =>
        _scored.Select(old => (old, Reason: Refusal(old, grade))).Where(x => x.Reason is not null)
            .Select(x => $"{_student}: the hand score of part {Part(x.old)} ({PointsText.Of(x.old.Score)} / {PointsText.Of(x.old.MaxScore)}" +
                         $"{(x.old.Hand!.Level is { } level ? $", '{level}'" : "")}) was dropped on regrading: {x.Reason}; score it again with grader merge --manual.")
            .ToArray();

    private static string? Refusal(CheckResult old, SubmissionGrade grade)
    {
        var now = grade.Checks.FirstOrDefault(c => c.Id == old.Id);
        if (now is null)
        {
            return grade.Assignment is null
                ? "the submission is now graded as a practice set, which has no hand-graded parts"
                : $"{grade.Assignment.Id} no longer has a hand-graded part {Part(old)}";
        }
        if (Math.Abs(now.MaxScore - old.MaxScore) > 1e-9)
        {
            return $"the part's hand-graded points are now {PointsText.Of(now.MaxScore)}, not {PointsText.Of(old.MaxScore)}";
        }
        if (old.Hand!.Level is { } level)
        {
            var rubric = grade.Assignment?.Parts.FirstOrDefault(p => p.Label == old.Part)?.Rubric;
            var found = rubric?.FirstOrDefault(l => string.Equals(l.Level, level, StringComparison.OrdinalIgnoreCase));
            if (rubric is not null && found is null)
            {
                return $"the level '{level}' is no longer in the part's rubric";
            }
            if (found is not null && Math.Abs(found.Points - old.Score) > 1e-9)
            {
                return $"the level '{level}' now gives {PointsText.Of(found.Points)} points";
            }
        }
        return null;
    }

    private static string Part(CheckResult check) => check.Part ?? check.Id[CheckResult.ManualPrefix.Length..];

}
