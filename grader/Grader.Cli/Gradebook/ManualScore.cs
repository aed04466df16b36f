namespace Grader.Cli.Gradebook;

/// <summary>One line of a TA's sheet of manual scores: student, rubric item, score, and an optional comment.</summary>
public sealed record ManualScore(int Line, string Student, string Item, double Score, string Comment);
