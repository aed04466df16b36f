namespace Grader.Cli.Gradebook;

/// <summary>One scored line of a TA's scores.csv: a student's hand-graded part, the rubric level chosen (if one was
/// named), the points, and the comment the student reads.</summary>
/// <param name="Line">The line of scores.csv, for messages.</param>
/// <param name="Score">The points: the level's when only a level was given.</param>
public sealed record ManualScore(int Line, string Student, string Part, string? Level, double Score, string Comment)
{
    /// <summary>The hand-graded check this line scores.</summary>
    public string CheckId => Grader.Core.Grading.CheckResult.ManualPrefix + Part;
}
