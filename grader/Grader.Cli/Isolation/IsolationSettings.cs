namespace Grader.Cli.Isolation;

/// <summary>How student code is confined: limits, and whether to use the bubblewrap sandbox.</summary>
public sealed record IsolationSettings
{
    public TimeoutPolicy Timeouts { get; init; } = TimeoutPolicy.Default;

    /// <summary>The runner's managed heap limit (DOTNET_GCHeapHardLimit).</summary>
    public long HeapLimitBytes { get; init; } = 512L << 20;

    /// <summary>What is kept of the student's output per call, and per problem in the feedback.</summary>
    public int OutputCapChars { get; init; } = 64 * 1024;

    /// <summary>Use bubblewrap when it is installed; false forces limits only.</summary>
    public bool Sandbox { get; init; } = true;

    /// <summary>How long a runner may take to start and load the submission.</summary>
    public TimeSpan StartupLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a killed runner, and everything it started, may take to exit: it takes milliseconds, seconds
    /// on a loaded machine, and grading waits for it so that nothing is left running when it returns.</summary>
    public TimeSpan StopLimit { get; init; } = TimeSpan.FromSeconds(30);
}
