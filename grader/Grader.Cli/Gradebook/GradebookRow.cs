using Grader.Core.Assignments;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>One student's line of the gradebook, read back from their grade.json.</summary>
public sealed record GradebookRow(string Student, SubmissionGrade Grade)
{
    public IEnumerable<(string Problem, double Score)> ProblemScores =>
        Grade.Checks.GroupBy(c => c.Problem).Select(g => (g.Key, g.Sum(c => c.Score)));

    /// <summary>The points earned on each part of the assignment, in its order; null for a part whose hand-graded share
    /// is not scored yet. Empty for a practice set.</summary>
    public IEnumerable<(string Part, double? Score)> PartScores =>
        PartScore.Of(Grade).Select(p => (p.Part.Label, p.HandPending ? null : (double?)p.Score));
}
