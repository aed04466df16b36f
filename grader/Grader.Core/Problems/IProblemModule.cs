using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems;

/// <summary>One gradable problem, declared in one place: its id and title, the contract a submission implements, the
/// quantities it checks, the mistakes it names, how to drive an implementation on one case and, where the problem has
/// them, a forward model and gate groups for diagnosis.</summary>
/// <remarks>Modules are found by <see cref="ProblemCatalog.Discover"/>: a public sealed class with a parameterless
/// constructor is all it takes. Its fixture generator lives with the answer key in reference/ (which never ships to
/// students) and names the module's id; a test fails when either side is missing. docs/adding-a-problem.md walks
/// through the steps.</remarks>
public interface IProblemModule
{
    /// <summary>The id of design.md's catalogue, e.g. <c>gru-cell</c>; it names the fixture folders.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>Where reports and the catalogue list the problem: ascending, then by id.</summary>
    int Position { get; }

    /// <summary>The interface of Grader.Contracts that a submission implements.</summary>
    Type Contract { get; }

    /// <summary>The checks: one per quantity and fixture set.</summary>
    IReadOnlyList<QuantitySpec> Quantities { get; }

    /// <summary>Plain-language explanations of recorded mistakes, by the mistake's name in the fixtures.</summary>
    IReadOnlyDictionary<string, string> MistakeHints { get; }

    /// <summary>How to evaluate a submission's own forward pass, for problems with both a forward output and gradients.</summary>
    IForwardModel? ForwardModel => null;

    /// <summary>For gated cells, which quantities belong to which gate.</summary>
    GateGroups? Gates => null;

    /// <summary>A problem's own account of where a wrong quantity's error lies, from one failing case (e.g. which gate
    /// path of the GRU); null when it has none.</summary>
    string? LocateError(string quantity, FailingCase failing, Tolerance tolerance) => null;

    /// <summary>Drives <paramref name="implementation"/> on one case's inputs, recording each quantity's outcome.</summary>
    /// <remarks>Invoke runs in the runner, beside student code, which can reach anything there: it only calls the
    /// contract and records what comes back (raw values under names of their own where the grader needs more than the
    /// quantities). It never judges: no comparison with an expected or reference value, no tolerance, no threshold, no
    /// exception for a wrong value. <see cref="Measure"/> and the quantities' criteria do that in the grader's process
    /// (<c>RunnerPathTests</c> walks every Invoke to hold it to this).</remarks>
    void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome);

    /// <summary>Computes, in the grader's process, the quantities that need the grader's own machinery (a reference
    /// decomposition, a trained classifier) from the raw values <see cref="Invoke"/> recorded; the default returns
    /// <paramref name="outcome"/> as it is.</summary>
    /// <remarks>Called on every case's outcome before any check reads it, by <see cref="Grading.SubmissionGrader"/> and by
    /// the fixture generator. A measured quantity never keeps a value the runner sent for it
    /// (<see cref="CaseOutcome.Unmeasured"/>).</remarks>
    CaseOutcome Measure(IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcome outcome) => outcome;
}
