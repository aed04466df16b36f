using System.Reflection;
using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Collects the outcome of each quantity while a problem drives student code through its contract:
/// a step that throws fails the quantities that depend on it, and the others still get their values.</summary>
public sealed class CaseOutcomeBuilder(IEnumerable<string> quantities, Assembly? student)
{
    private readonly string[] _quantities = quantities.ToArray();
    private readonly Dictionary<string, QuantityOutcome> _outcomes = new(StringComparer.Ordinal);

    /// <summary>Runs one call into student code. If it throws, every not yet recorded quantity in
    /// <paramref name="dependents"/> (all of them when empty) fails with the classified exception.</summary>
    /// <returns>Whether the call finished normally.</returns>
    public bool Step(string during, Action call, params string[] dependents)
    {
        try
        {
            call();
            return true;
        }
        catch (Exception e)
        {
            var failure = StudentExceptions.Classify(e, during, student);
            foreach (var quantity in dependents.Length == 0 ? _quantities : dependents)
            {
                _outcomes.TryAdd(quantity, QuantityOutcome.Failed(failure));
            }
            return false;
        }
    }

    /// <summary>Records a quantity by reading it from student code (a getter can throw too).</summary>
    public void Record(string quantity, string during, Func<object?> read)
    {
        object? value = null;
        if (Step(during, () => value = read(), quantity))
        {
            Record(quantity, value, during);
        }
    }

    /// <summary>Records a value student code already returned.</summary>
    public void Record(string quantity, object? value, string during)
    {
        var array = OutputConversion.ToArray(value);
        _outcomes[quantity] = array is null
            ? QuantityOutcome.Failed(new StudentFailure(CheckStatus.ReturnedNull, $"{during} returned null for {quantity}."))
            : QuantityOutcome.Of(array);
    }

    /// <summary>Fails quantities for what student code returned rather than threw (a batch of the wrong shape, say).</summary>
    public void Fail(IEnumerable<string> quantities, CheckStatus status, string message)
    {
        foreach (var quantity in quantities)
        {
            _outcomes[quantity] = QuantityOutcome.Failed(new StudentFailure(status, message));
        }
    }

    public CaseOutcome Build(string output = "")
    {
        foreach (var quantity in _quantities)
        {
            _outcomes.TryAdd(quantity, QuantityOutcome.Failed(
                new StudentFailure(CheckStatus.NotImplemented, $"{quantity} was not produced.")));
        }
        return new CaseOutcome(_outcomes, output);
    }
}
