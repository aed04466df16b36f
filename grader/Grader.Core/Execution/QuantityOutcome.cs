using System.Diagnostics.CodeAnalysis;
using Grader.Core.Numerics;

namespace Grader.Core.Execution;

/// <summary>What student code produced for one output quantity of one case: a value, or a failure.</summary>
public sealed record QuantityOutcome
{
    private QuantityOutcome(NumericArray? value, StudentFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public NumericArray? Value { get; }

    public StudentFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool HasValue => Value is not null;

    public static QuantityOutcome Of(NumericArray value) => new(value, null);

    public static QuantityOutcome Failed(StudentFailure failure) => new(null, failure);
}
