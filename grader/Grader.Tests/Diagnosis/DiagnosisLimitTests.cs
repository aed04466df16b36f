using Grader.Cli.Isolation;

namespace Grader.Tests.Diagnosis;

/// <summary>A differentiation request may take the answer key's time on the case × the forward passes it asks for,
/// through the usual policy, and never more than a minute.</summary>
public sealed class DiagnosisLimitTests
{
    [TestCase(0.0001, 24, 5.0, TestName = "a fast case gets the floor")]
    [TestCase(0.1, 24, 25.0, TestName = "answer key time × evaluations × factor + slack")]
    [TestCase(0.1, 0, 5.0, TestName = "no evaluations count as one")]
    [TestCase(1.0, 48, 60.0, TestName = "never more than the diagnosis ceiling")]
    public void The_limit_grows_with_the_forward_passes_and_stops_at_a_minute(double reference, int evaluations, double limit)
    {
        var actual = RunnerExecutor.DiagnosisLimit(TimeoutPolicy.Default, TimeSpan.FromSeconds(reference), evaluations);
        Assert.That(actual.TotalSeconds, Is.EqualTo(limit).Within(1e-9));
    }
}
