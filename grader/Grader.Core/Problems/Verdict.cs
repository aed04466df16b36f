namespace Grader.Core.Problems;

/// <summary>Whether one judgement of a submission holds, and what to tell the student.</summary>
public sealed record Verdict(bool Passed, string Message)
{
    public static Verdict Pass(string message) => new(true, message);

    public static Verdict Fail(string message) => new(false, message);
}
