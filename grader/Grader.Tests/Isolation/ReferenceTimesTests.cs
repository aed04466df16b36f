using System.Xml.Linq;
using Grader.Cli.Isolation;
using Grader.Core.Execution;
using Grader.Core.Fixtures;

namespace Grader.Tests.Isolation;

/// <summary>The time limits rest on the answer key's times recorded by `reference time`, never on running the answer
/// key in the grader.</summary>
public sealed class ReferenceTimesTests
{
    [Test]
    public void Every_case_of_the_fixtures_has_a_recorded_time()
    {
        var times = ReferenceTimes.Load(TestPaths.Fixtures, out var problem);
        Assert.That(times, Is.Not.Null, problem);
        var store = new FixtureStore(TestPaths.Fixtures);
        var cases = TestCatalog.All.Problems
            .SelectMany(p => new[] { FixtureSet.Public, FixtureSet.Hidden }.SelectMany(s => store.Load(s, p.Id)))
            .Select(f => ReferenceTimes.Key(f.Problem, f.Case))
            .ToHashSet();
        Assert.That(times!.Cases.Keys, Is.EquivalentTo(cases),
            "the fixtures changed since the times were recorded: dotnet run --project reference/Reference.Generator -c Release -- time");
        Assert.That(times.Cases.Values, Has.All.GreaterThan(0));
    }

    [Test]
    public void A_slower_machine_scales_the_times_up_and_a_faster_one_keeps_them()
    {
        var recorded = new ReferenceTimes(0.010, new Dictionary<string, double> { ["gru-cell/assignment"] = 0.5 });
        var call = new ProblemCall("gru-cell", "assignment", new Dictionary<string, Core.Numerics.NumericArray>());
        Assert.That(new ReferenceTimings(recorded, TimeSpan.FromMilliseconds(30)).Of(call), Is.EqualTo(TimeSpan.FromSeconds(1.5)).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(new ReferenceTimings(recorded, TimeSpan.FromMilliseconds(5)).Of(call), Is.EqualTo(TimeSpan.FromSeconds(0.5)).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(new ReferenceTimings(recorded, TimeSpan.FromMilliseconds(5)).Of(call with { Case = "new-case" }), Is.EqualTo(ReferenceTimings.Unrecorded));
    }

    [Test]
    public void Without_the_file_every_case_gets_the_generous_base_and_the_reason_is_said()
    {
        var empty = Directory.CreateTempSubdirectory("no-times-").FullName;
        try
        {
            var timings = ReferenceTimings.For(empty, out var problem);
            Assert.That(problem, Does.Contain("reference time"));
            Assert.That(timings.Of(new ProblemCall("gru-cell", "assignment", new Dictionary<string, Core.Numerics.NumericArray>())), Is.EqualTo(ReferenceTimings.Unrecorded));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Test]
    public void No_grader_project_references_the_answer_key()
    {
        foreach (var project in new[] { "Grader.Core", "Grader.Runner", "Grader.Cli" })
        {
            var csproj = XDocument.Load(Path.Combine(TestPaths.Root, "grader", project, project + ".csproj"));
            var references = csproj.Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include") ?? "");
            Assert.That(references, Has.None.Contain("Reference."), project);
        }
    }

    [Test]
    public void The_calibration_takes_a_measurable_time() =>
        Assert.That(MachineCalibration.Measure(), Is.GreaterThan(TimeSpan.FromMilliseconds(1)).And.LessThan(TimeSpan.FromSeconds(5)));
}
