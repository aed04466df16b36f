using Grader.Core.Grading.Criteria;

namespace Grader.Core.Problems;

/// <summary>Whether one judgement of a submission holds, and what to tell the student.</summary>
public sealed record Verdict(bool Passed, string Message)
{
    /// <summary>The recorded mistake a failure shows, a key of the problem's hints; null when none is recognised.</summary>
    public string? Mistake { get; init; }

    public static Verdict Fail(string message, string mistake) => new(false, message) { Mistake = mistake };

    /// <summary>As a criterion's verdict: a failure is a wrong value.</summary>
    public CriterionVerdict ToCriterionVerdict() => Passed
        ? CriterionVerdict.Pass
        : CriterionVerdict.Wrong(Message) with { Mistake = Mistake };

    public static Verdict Pass(string message) => new(true, message);

    public static Verdict Fail(string message) => new(false, message);
}
