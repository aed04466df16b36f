using Grader.Core.Assignments;

namespace Grader.Core.Grading;

/// <summary>Everything graded for one submission: its checks, notes for the reader, and what its code printed.</summary>
public sealed record SubmissionGrade
{
    public required string Submission { get; init; }

    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>Remarks that concern the whole run (compiler warnings, how the code was isolated).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What the student's code printed, by problem id.</summary>
    public IReadOnlyDictionary<string, string> Output { get; init; } = new Dictionary<string, string>();

    /// <summary>The assignment graded, whose parts and points the checks carry; null for a practice set.</summary>
    public AssignmentInfo? Assignment { get; init; }

    /// <summary>What lateness took off, when the assignment has a late policy and the submission came late.</summary>
    public LatePenalty? Late { get; init; }

    public double Score => Math.Max(0, Checks.Sum(c => c.Score) - (Late?.Points ?? 0));

    public double MaxScore => Checks.Sum(c => c.MaxScore);
}
