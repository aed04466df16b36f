using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.GruCell;

/// <summary><c>gru-cell</c>: one GRU step forward, then backward with a given δ = ∂L/∂h'.</summary>
public sealed class GruCellModule : IProblemModule
{
    public const string ProblemId = "gru-cell";

    /// <summary>The six weights in the order of the problem text; each is an input and has a gradient named d + its name.</summary>
    public static readonly string[] Weights = ["Wzh", "Wzx", "Wrh", "Wrx", "Wh", "Wx"];

    public string Id => ProblemId;

    public string Title => "GRU cell: forward and backward";

    public int Position => 1;

    public IForwardModel ForwardModel { get; } = new GruCellForwardModel();

    public GateGroups Gates { get; } = new(
        [("update gate z", ["dWzh", "dWzx"]), ("reset gate r", ["dWrh", "dWrx"]), ("candidate h̃", ["dWh", "dWx"])],
        ["h_next", "dx", "dh"]);

    /// <summary>dx and dh sum one term per gate path: which path carries the error.</summary>
    public string? LocateError(string quantity, FailingCase failing, Tolerance tolerance) =>
        GatePathSplit.Describe(quantity, failing.Expected, failing.Actual, tolerance, GruGatePaths.Of(quantity, failing.Fixture.Inputs));

    public Type Contract => typeof(IGruCell);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("h_next", "the next state h' from Forward", 1),
        new("dx", "∂L/∂x returned by Backward", 1),
        new("dh", "∂L/∂h returned by Backward", 1),
        new("dWzh", "∂L/∂Wzh", 1),
        new("dWzx", "∂L/∂Wzx", 1),
        new("dWrh", "∂L/∂Wrh", 1),
        new("dWrx", "∂L/∂Wrx", 1),
        new("dWh", "∂L/∂Wh", 1),
        new("dWx", "∂L/∂Wx", 1),
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => GruCellMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var cell = (IGruCell)implementation;
        if (!outcome.Step("Setting the weights", () => SetWeights(cell, inputs)))
        {
            return;
        }

        object? next = null;
        if (!outcome.Step("Forward", () => next = cell.Forward(inputs["x"].ToVector(), inputs["h"].ToVector())))
        {
            return;
        }
        outcome.Record("h_next", next, "Forward");

        (object? Dx, object? Dh) back = default;
        if (!outcome.Step("Backward", () => back = cell.Backward(inputs["delta"].ToVector())))
        {
            return;
        }
        outcome.Record("dx", back.Dx, "Backward (its Dx)");
        outcome.Record("dh", back.Dh, "Backward (its Dh)");
        outcome.Record("dWzh", "Reading DWzh", () => cell.DWzh);
        outcome.Record("dWzx", "Reading DWzx", () => cell.DWzx);
        outcome.Record("dWrh", "Reading DWrh", () => cell.DWrh);
        outcome.Record("dWrx", "Reading DWrx", () => cell.DWrx);
        outcome.Record("dWh", "Reading DWh", () => cell.DWh);
        outcome.Record("dWx", "Reading DWx", () => cell.DWx);
    }

    /// <summary>Sets the six weights of a case on a cell; the forward model sets them the same way.</summary>
    internal static void SetWeights(IGruCell cell, IReadOnlyDictionary<string, NumericArray> inputs)
    {
        cell.Wzh = inputs["Wzh"].ToMatrix();
        cell.Wzx = inputs["Wzx"].ToMatrix();
        cell.Wrh = inputs["Wrh"].ToMatrix();
        cell.Wrx = inputs["Wrx"].ToMatrix();
        cell.Wh = inputs["Wh"].ToMatrix();
        cell.Wx = inputs["Wx"].ToMatrix();
    }
}
