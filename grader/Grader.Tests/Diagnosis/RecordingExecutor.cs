using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Core.Execution;
using Grader.Core.Execution.Wire;

namespace Grader.Tests.Diagnosis;

/// <summary>Passes calls on, and keeps each differentiation request as the JSON the runner channel would carry.</summary>
internal sealed class RecordingExecutor(ISubmissionExecutor inner) : ISubmissionExecutor
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public List<string> Sent { get; } = [];

    public CaseOutcome Run(ProblemCall call) => inner.Run(call);

    public CaseOutcome Differentiate(DifferentiationCall call)
    {
        Sent.Add(JsonSerializer.Serialize(WireRequest.From(call), Json));
        return inner.Differentiate(call);
    }

    public void Dispose() => inner.Dispose();
}
