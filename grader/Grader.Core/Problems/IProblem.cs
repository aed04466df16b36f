using System.Reflection;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems;

/// <summary>A gradable problem: its contract, the quantities it checks, and how to drive an implementation on one case.</summary>
public interface IProblem
{
    /// <summary>The id of design.md's catalogue, e.g. <c>gru-cell</c>; it names the fixture folders.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>The interface of Grader.Contracts that a submission implements.</summary>
    Type Contract { get; }

    IReadOnlyList<QuantitySpec> Quantities { get; }

    /// <summary>Plain-language explanations of recorded mistakes, by the mistake's name in the fixtures.</summary>
    IReadOnlyDictionary<string, string> MistakeHints { get; }

    /// <summary>Drives <paramref name="implementation"/> on one case's inputs, recording each quantity's outcome.</summary>
    void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome);
}
