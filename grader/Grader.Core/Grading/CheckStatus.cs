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

    /// <summary>The grader's own fault, never the student's: a fixture missing or unreadable, a criterion that threw, a
    /// runner the machine could not start, grading stopped before the check ran. Scores 0, is counted apart, and
    /// tells the TA to grade again; the message says why.</summary>
    NotGraded,

    /// <summary>A rubric item a TA scores by hand; its score arrives with <c>grader merge</c>.</summary>
    Manual,
}
