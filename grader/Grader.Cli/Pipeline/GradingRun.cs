using Grader.Core.Grading;

namespace Grader.Cli.Pipeline;

/// <summary>One submission through the pipeline: its grade and where the time went.</summary>
public sealed record GradingRun(SubmissionGrade Grade, TimeSpan CompileTime, TimeSpan RunTime)
{
    public TimeSpan Total => CompileTime + RunTime;
}
