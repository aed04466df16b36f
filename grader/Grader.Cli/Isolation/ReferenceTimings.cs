using Grader.Core.Execution;
using Grader.Core.Fixtures;

namespace Grader.Cli.Isolation;

/// <summary>How long the answer key takes on each case on this machine: the times the instructor's tools recorded
/// (<see cref="ReferenceTimes"/>), scaled by how much slower this machine runs the same calibration. The grader never
/// runs the answer key. Never scaled below the recorded times: a fast machine keeps the instructor's margin.</summary>
public sealed class ReferenceTimings
{
    /// <summary>A case the file does not list (another fixtures folder, a new case) gets a reference time this long,
    /// which the timeout policy turns into a generous limit.</summary>
    public static readonly TimeSpan Unrecorded = TimeSpan.FromSeconds(1);

    private readonly ReferenceTimes? _recorded;

    public ReferenceTimings(ReferenceTimes? recorded, TimeSpan calibration)
    {
        _recorded = recorded;
        Scale = recorded is null ? 1 : Math.Max(1, calibration.TotalSeconds / recorded.CalibrationSeconds);
    }

    /// <summary>The times recorded beside the fixtures, scaled to this machine by a calibration run here.</summary>
    public static ReferenceTimings For(string fixturesRoot, out string? problem) =>
        new(ReferenceTimes.Load(fixturesRoot, out problem), MachineCalibration.Measure());

    /// <summary>How many times slower this machine is than the one that recorded the times (at least 1).</summary>
    public double Scale { get; }

    public TimeSpan Of(ProblemCall call) =>
        _recorded?.Cases.TryGetValue(ReferenceTimes.Key(call.Problem, call.Case), out var seconds) == true
            ? TimeSpan.FromSeconds(seconds * Scale)
            : Unrecorded;
}
