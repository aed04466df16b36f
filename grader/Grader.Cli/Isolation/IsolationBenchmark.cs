using Grader.Core.Problems.GruCell;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grader.Core.Execution;
using Grader.Core.Execution.Wire;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Grader.Cli.Isolation;

/// <summary>What isolation costs: a runner's start-up, with and without the sandbox, and the overhead of one call
/// through the runner against the same call in-process, on a GRU fixture. Medians of repeated runs.</summary>
public static class IsolationBenchmark
{
    /// <param name="submission">A built submission to call (the answer key's sample, compiled as any submission is).</param>
    public static string Run(ProblemCatalog catalog, FixtureStore fixtures, string submission, Sandbox sandbox, int repeats)
    {
        var fixture = fixtures.Load(FixtureSet.Public, GruCellModule.ProblemId).First(f => f.Case == "assignment");
        var call = new ProblemCall(fixture.Problem, fixture.Case, fixture.Inputs);
        var launch = RunnerLaunch.For(submission);
        var settings = new IsolationSettings();

        using var inProcess = new Pipeline.InProcessExecutorFactory(catalog).Start(submission);
        var direct = Median(repeats * 10, () => inProcess.Run(call));

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"in-process call (gru-cell/assignment): {Ms(direct)}");
        foreach (var sandboxed in sandbox.IsInstalled ? new[] { false, true } : [false])
        {
            var label = sandboxed ? "sandboxed" : "no sandbox";
            var start = Median(repeats, () => Start(launch, settings, sandbox, sandboxed).Dispose());
            using var runner = Start(launch, settings, sandbox, sandboxed);
            var request = WireRequest.From(call);
            runner.Call(request, TimeSpan.FromSeconds(30), "warm-up");
            var perCall = Median(repeats * 10, () => runner.Call(request, TimeSpan.FromSeconds(30), "bench"));
            text.AppendLine(CultureInfo.InvariantCulture, $"runner start-up ({label}): {Ms(start)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"call through the runner ({label}): {Ms(perCall)}, overhead {Ms(perCall - direct)}");
        }
        return text.ToString();
    }

    private static RunnerProcess Start(RunnerLaunch launch, IsolationSettings settings, Sandbox sandbox, bool sandboxed) =>
        RunnerProcess.Start(launch, settings, sandbox, sandboxed, out var failure)
        ?? throw new InvalidOperationException($"The runner did not start: {failure?.Message}");

    private static TimeSpan Median(int repeats, Action action)
    {
        var times = new List<TimeSpan>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
