using System.Collections.Concurrent;
using System.Diagnostics;
using Grader.Core.Execution;
using Grader.Core.Problems;

namespace Grader.Cli.Isolation;

/// <summary>How long the answer key takes on each case, measured on this machine the first time a case is asked
/// for (once warm, best of a few runs): the base of every call's time limit.</summary>
public sealed class ReferenceTimings(ProblemCatalog catalog)
{
    private const int Runs = 3;

    /// <summary>A case whose first run takes this long (a training run) is timed by that run alone: its noise is small
    /// beside the limit's factor, and three more runs would cost minutes.</summary>
    private static readonly TimeSpan LongCase = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<(string Problem, string Case), TimeSpan> _times = new();
    private readonly InProcessExecutor _answerKey = new(typeof(Reference.Solutions.GruCell).Assembly, catalog);

    public TimeSpan Of(ProblemCall call) => _times.GetOrAdd((call.Problem, call.Case), _ => Measure(call));

    private TimeSpan Measure(ProblemCall call)
    {
        var first = Stopwatch.StartNew();
        _answerKey.Run(call);
        if (first.Elapsed >= LongCase)
        {
            return first.Elapsed;
        }
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            _answerKey.Run(call);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        return best;
    }
}
