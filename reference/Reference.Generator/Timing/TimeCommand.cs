using System.CommandLine;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Reference.Generator.Timing;

/// <summary><c>reference time</c>: records the answer key's time on every case beside the fixtures.</summary>
public static class TimeCommand
{
    public static Command Create()
    {
        var fixtures = new Option<string?>("--fixtures") { Description = "The fixtures folder (default: fixtures/ of the repository)." };
        var command = new Command("time", $"Time the answer key on every case and write {ReferenceTimes.FileName}, the base of the grader's time limits.") { fixtures };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(fixtures) ?? RepositoryPaths.DefaultFixtures();
            var times = ReferenceTimer.Measure(ProblemCatalog.Discover(), new FixtureStore(root), Console.Out);
            times.Save(root);
            Console.WriteLine($"Wrote {Path.Combine(root, ReferenceTimes.FileName)}: {times}.");
            return 0;
        });
        return command;
    }
}
