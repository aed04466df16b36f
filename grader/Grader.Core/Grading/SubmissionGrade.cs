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

    public double Score => Checks.Sum(c => c.Score);

    public double MaxScore => Checks.Sum(c => c.MaxScore);
}
