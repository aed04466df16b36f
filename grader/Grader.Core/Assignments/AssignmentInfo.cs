namespace Grader.Core.Assignments;

/// <summary>What a grade records of the assignment it was graded for: enough to render its parts and points again.</summary>
public sealed record AssignmentInfo(string Id, string Title, string HiddenVisibility, IReadOnlyList<PartInfo> Parts)
{
    public double Total => Parts.Sum(p => p.Points);
}
