using System.CommandLine;
using Grader.Cli.Isolation;

namespace Grader.Cli.Commands;

/// <summary>The options that set how student code is confined: the sandbox, time limits, the heap.</summary>
public sealed class IsolationOptions
{
    public Option<bool> NoSandbox { get; } = new("--no-sandbox") { Description = "Run without bubblewrap even where it is installed (limits only)." };

    public Option<double> TimeoutFactor { get; } = new("--timeout-factor")
    {
        Description = "A call may take the answer key's time × this + the slack.",
        DefaultValueFactory = _ => TimeoutPolicy.Default.Factor,
    };

    public Option<double> TimeoutFloor { get; } = new("--timeout-floor")
    {
        Description = "The shortest time limit of a call, in seconds.",
        DefaultValueFactory = _ => TimeoutPolicy.Default.Floor.TotalSeconds,
    };

    public Option<double> TimeoutCeiling { get; } = new("--timeout-ceiling")
    {
        Description = "The longest time limit of a call, in seconds.",
        DefaultValueFactory = _ => TimeoutPolicy.Default.Ceiling.TotalSeconds,
    };

    public Option<int> HeapLimitMb { get; } = new("--heap-limit-mb")
    {
        Description = "The runner's managed heap limit, in MiB.",
        DefaultValueFactory = _ => (int)(new IsolationSettings().HeapLimitBytes >> 20),
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { NoSandbox, TimeoutFactor, TimeoutFloor, TimeoutCeiling, HeapLimitMb })
        {
            command.Add(option);
        }
    }

    /// <summary>The settings, or null with <paramref name="error"/> when the numbers make no sense.</summary>
    public IsolationSettings? Build(ParseResult parse, out string? error)
    {
        error = null;
        var (factor, floor, ceiling, heap) =
            (parse.GetValue(TimeoutFactor), parse.GetValue(TimeoutFloor), parse.GetValue(TimeoutCeiling), parse.GetValue(HeapLimitMb));
        if (factor <= 0 || floor <= 0 || ceiling < floor || heap < 64)
        {
            error = "Limits must be positive, the ceiling at least the floor, and the heap at least 64 MiB.";
            return null;
        }
        return new IsolationSettings
        {
            Sandbox = !parse.GetValue(NoSandbox),
            HeapLimitBytes = (long)heap << 20,
            Timeouts = TimeoutPolicy.Default with
            {
                Factor = factor,
                Floor = TimeSpan.FromSeconds(floor),
                Ceiling = TimeSpan.FromSeconds(ceiling),
            },
        };
    }
}
