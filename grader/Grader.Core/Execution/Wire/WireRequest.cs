namespace Grader.Core.Execution.Wire;

/// <summary>Parent → runner: run one case, differentiate the submission's forward pass on one case (inputs and the
/// element indices to probe; never expected values), or stop.</summary>
public sealed record WireRequest(
    string Kind, string? Problem = null, string? Case = null, Dictionary<string, WireArray>? Inputs = null,
    Dictionary<string, int[]>? Probes = null)
{
    public const string Call = "call";
    public const string Differentiate = "differentiate";
    public const string Stop = "stop";

    public static WireRequest From(ProblemCall call) =>
        new(Call, call.Problem, call.Case, call.Inputs.ToDictionary(i => i.Key, i => WireArray.From(i.Value)));

    public static WireRequest From(DifferentiationCall call) =>
        new(Differentiate, call.Problem, call.Case, call.Inputs.ToDictionary(i => i.Key, i => WireArray.From(i.Value)),
            call.Probes.ToDictionary(p => p.Key, p => p.Value));
}
