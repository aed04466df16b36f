namespace Grader.Core.Grading;

/// <summary>How a check ended. Everything a submission can cause is one of these, never an escaping exception.</summary>
public enum CheckStatus
{
    Passed,
    Wrong,
    ShapeMismatch,
    NotFinite,
    ReturnedNull,
    NotImplemented,
    Threw,
    TimedOut,
    Crashed,
    OutOfMemory,
    StackOverflow,
    ExitedEarly,
    CompileError,
    FixtureError,

    /// <summary>A rubric item a TA scores by hand; its score arrives with <c>grader merge</c>.</summary>
    Manual,
}
