namespace Grader.Core.Grading;

/// <summary>A TA's score of a hand-graded part: the rubric level chosen (if one was), and the comment for the student.</summary>
public sealed record HandScore(string? Level, string Comment);
