namespace Grader.Core.Assignments;

/// <summary>A part of an assignment as a grade records it: its number, title, points and how it is graded.</summary>
public sealed record PartInfo(string Label, string Title, double Points, string GradedBy);
