using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>One student's line of the gradebook, read back from their results.json.</summary>
public sealed record GradebookRow(string Student, SubmissionGrade Grade)
{
    public IEnumerable<(string Problem, double Score)> ProblemScores =>
        Grade.Checks.GroupBy(c => c.Problem).Select(g => (g.Key, g.Sum(c => c.Score)));
}
