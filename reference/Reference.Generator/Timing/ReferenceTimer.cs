using System.Diagnostics;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Reference.Generator.Timing;

/// <summary>Times the answer key on every case of the fixtures, in process, on this machine: the base of the grader's
/// time limits (<see cref="ReferenceTimes"/>). A short case counts its best of a few warm runs; a long one (a
/// training run) its one run, whose noise is small beside the limit's factor.</summary>
public static class ReferenceTimer
{
    private const int Runs = 3;
    private static readonly TimeSpan LongCase = TimeSpan.FromSeconds(1);

    public static ReferenceTimes Measure(ProblemCatalog catalog, FixtureStore fixtures, TextWriter log)
    {
        var cases = new Dictionary<string, double>(StringComparer.Ordinal);
        using var answerKey = new InProcessExecutor(typeof(Solutions.GruCell).Assembly, catalog);
        foreach (var problem in catalog.Problems)
        {
            var clock = Stopwatch.StartNew();
            foreach (var set in new[] { FixtureSet.Public, FixtureSet.Hidden })
            {
                foreach (var fixture in fixtures.Load(set, problem.Id))
                {
                    var seconds = Time(answerKey, new ProblemCall(problem.Id, fixture.Case, fixture.Inputs)).TotalSeconds;
                    var key = ReferenceTimes.Key(problem.Id, fixture.Case);
                    cases[key] = Math.Max(cases.GetValueOrDefault(key), seconds);
                }
            }
            log.WriteLine($"{problem.Id}: {clock.Elapsed.TotalSeconds:0.0} s");
        }
        return new ReferenceTimes(MachineCalibration.Measure().TotalSeconds, cases);
    }

    private static TimeSpan Time(InProcessExecutor answerKey, ProblemCall call)
    {
        var first = Stopwatch.StartNew();
        answerKey.Run(call);
        if (first.Elapsed >= LongCase)
        {
            return first.Elapsed;
        }
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            answerKey.Run(call);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return best;
    }
}
