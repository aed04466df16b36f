namespace Grader.Cli;

/// <summary>The grader's exit codes. Grading that ran exits 0 whatever the scores.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 2;
    public const int InternalError = 70;
}
