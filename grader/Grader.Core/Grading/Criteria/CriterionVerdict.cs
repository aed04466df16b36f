namespace Grader.Core.Grading.Criteria;

/// <summary>How one case fared against a criterion: a status and, when it failed, what a student reads.</summary>
public sealed record CriterionVerdict(CheckStatus Status, string Detail)
{
    /// <summary>The recorded mistake (a key of the problem's hints) the criterion recognised in a failure; null when none.</summary>
    public string? Mistake { get; init; }

    public static CriterionVerdict Pass { get; } = new(CheckStatus.Passed, "");

    public static CriterionVerdict Wrong(string detail) => new(CheckStatus.Wrong, detail);

    public static CriterionVerdict NotFinite(string detail) => new(CheckStatus.NotFinite, detail);

    public static CriterionVerdict Shape(string detail) => new(CheckStatus.ShapeMismatch, detail);
}
