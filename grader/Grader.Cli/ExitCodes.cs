namespace Grader.Cli;

/// <summary>The grader's exit codes. Grading that ran exits 0 whatever the scores.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>selfcheck: a mutant of the answer key keeps full marks, or the answer key itself does not.</summary>
    public const int SelfCheckFailed = 1;
    public const int Usage = 2;

    /// <summary>grade, batch: grading ran, but some checks are "not graded" (the grader's fault, not the student's):
    /// the reports say which and why; grade those submissions again.</summary>
    public const int SomeNotGraded = 3;
    public const int InternalError = 70;

    /// <summary>Ctrl+C.</summary>
    public const int Interrupted = 130;
}
