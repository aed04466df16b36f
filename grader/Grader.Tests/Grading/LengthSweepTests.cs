using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Numerics;

namespace Grader.Tests.Grading;

public sealed class LengthSweepTests
{
    private static (Fixture, int, bool) Case(int length, bool passed) => (new Fixture
    {
        Problem = "p",
        Case = $"length-{length:00}",
        Seed = 0,
        Inputs = new Dictionary<string, NumericArray>(),
        Expected = new Dictionary<string, NumericArray>(),
        Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
    }, length, passed);

    public static IEnumerable<TestCaseData> Sweeps()
    {
        yield return new TestCaseData(new[] { Case(1, true), Case(2, false), Case(3, false) },
            "agrees with the reference for T = 1 and first disagrees at T = 2 (case length-02)").SetName("right at 1, wrong from 2");
        yield return new TestCaseData(new[] { Case(5, false), Case(1, true), Case(2, true), Case(3, false) },
            "agrees with the reference for T = 1, 2 and first disagrees at T = 3 (case length-03)").SetName("unordered cases");
        yield return new TestCaseData(new[] { Case(1, false), Case(2, false) },
            "already wrong at the shortest sequence, T = 1 (case length-01)").SetName("wrong from the start");
        yield return new TestCaseData(new[] { Case(1, true), Case(2, true) }, null).SetName("all right");
        yield return new TestCaseData(new[] { Case(4, false), Case(4, false) }, null).SetName("one length is no sweep");
    }

    [TestCaseSource(nameof(Sweeps))]
    public void Says_the_shortest_length_at_which_a_quantity_first_disagrees((Fixture, int, bool)[] cases, string? expected)
    {
        var text = LengthSweep.Describe(cases);
        Assert.That(text, expected is null ? Is.Null : Does.Contain(expected));
    }
}
