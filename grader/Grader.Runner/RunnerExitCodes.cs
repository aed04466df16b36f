namespace Grader.Runner;

/// <summary>How the runner ends by its own choice. Any other exit during a call is the student's code's doing.</summary>
public static class RunnerExitCodes
{
    public const int Stopped = 0;
    public const int Usage = 64;
    public const int ChannelFailed = 65;
    public const int InternalError = 70;
}
