namespace Grader.Core.Assignments;

/// <summary>A part of an assignment as a grade records it: its number, title, points and how it is graded.</summary>
/// <remarks>The hand-graded share's points and rubric are kept too, so that a TA's scores can be checked against the
/// grade alone, without the assignment file it was graded from.</remarks>
public sealed record PartInfo(string Label, string Title, double Points, string GradedBy)
{
    /// <summary>The points a TA gives by hand; 0 for a part graded by the machine only.</summary>
    public double HandPoints { get; init; }

    /// <summary>The levels a TA chooses from; null for a part graded by the machine only (or a grade written before
    /// rubrics were kept).</summary>
    public IReadOnlyList<RubricLevel>? Rubric { get; init; }
}
