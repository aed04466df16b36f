using Grader.Core.Grading;

namespace Grader.Core.Execution.Wire;

/// <summary>One quantity's outcome on the wire: a value, or a status and a message.</summary>
public sealed record WireOutcome(WireArray? Value, CheckStatus? Status, string? Message)
{
    public static WireOutcome From(QuantityOutcome outcome) => outcome.HasValue
        ? new WireOutcome(WireArray.From(outcome.Value), null, null)
        : new WireOutcome(null, outcome.Failure.Status, outcome.Failure.Message);

    public QuantityOutcome ToOutcome() => Value is not null
        ? QuantityOutcome.Of(Value.ToArray())
        : QuantityOutcome.Failed(new StudentFailure(Status ?? CheckStatus.Crashed, Message ?? "The runner sent no message."));
}
