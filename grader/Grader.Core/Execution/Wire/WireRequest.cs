namespace Grader.Core.Execution.Wire;

/// <summary>Parent → runner: run one case (inputs only, never expected values), or stop.</summary>
public sealed record WireRequest(string Kind, string? Problem = null, string? Case = null, Dictionary<string, WireArray>? Inputs = null)
{
    public const string Call = "call";
    public const string Stop = "stop";

    public static WireRequest From(ProblemCall call) =>
        new(Call, call.Problem, call.Case, call.Inputs.ToDictionary(i => i.Key, i => WireArray.From(i.Value)));
}
