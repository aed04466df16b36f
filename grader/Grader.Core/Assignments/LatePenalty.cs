namespace Grader.Core.Assignments;

/// <summary>What a late submission loses: the days late and the points taken off the total.</summary>
public sealed record LatePenalty(DateTimeOffset Submitted, int Days, double Points);
