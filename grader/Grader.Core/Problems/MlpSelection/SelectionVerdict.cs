namespace Grader.Core.Problems.MlpSelection;

/// <summary>Whether one judgement of a reported model selection holds, and what to tell the student.</summary>
public sealed record SelectionVerdict(bool Passed, string Message)
{
    public static SelectionVerdict Pass(string message) => new(true, message);

    public static SelectionVerdict Fail(string message) => new(false, message);
}
