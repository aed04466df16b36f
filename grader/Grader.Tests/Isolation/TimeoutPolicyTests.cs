using Grader.Cli.Isolation;

namespace Grader.Tests.Isolation;

public sealed class TimeoutPolicyTests
{
    private static readonly TimeoutPolicy Policy = new(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));

    [TestCase(0.001, 5.0, TestName = "a fast answer key gets the floor")]
    [TestCase(0.5, 6.0, TestName = "time × factor + slack")]
    [TestCase(0.512, 6.2, TestName = "rounded up to a tenth of a second")]
    [TestCase(10.0, 60.0, TestName = "a slow answer key gets the ceiling")]
    public void The_limit_is_time_times_factor_plus_slack_between_floor_and_ceiling(double reference, double limit)
    {
        Assert.That(Policy.Limit(TimeSpan.FromSeconds(reference)).TotalSeconds, Is.EqualTo(limit).Within(1e-9));
    }
}
