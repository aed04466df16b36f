using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.LstmWorked;

/// <summary><c>lstm-worked</c>: the gates, C_t and h_t of the worked LSTM for three inputs, and the inputs the
/// student chose for parts (b) and (c).</summary>
/// <remarks>A case either applies each input from the initial state (h_0, C_0) or applies them in sequence, carrying
/// the state the implementation returned. <c>x_b</c> and <c>x_c</c> are the student's inputs as returned; the check
/// that matters for them is the behaviour <see cref="LstmBehaviour"/> measures.</remarks>
public sealed class LstmWorkedModule : IProblemModule
{
    public const string ProblemId = "lstm-worked";

    /// <summary>The per-step quantities, each a vector with one element per input.</summary>
    public static readonly string[] StepQuantities = ["f", "i", "o", "C_tilde", "C", "h"];

    public string Id => ProblemId;

    public string Title => "The worked LSTM example";

    public int Position => 9;

    /// <summary>The worked LSTM exposes each gate as its own output.</summary>
    public GateGroups Gates { get; } = new(
        [("forget gate f", ["f"]), ("input gate i", ["i"]), ("output gate o", ["o"]), ("candidate C̃", ["C_tilde"])],
        ["C", "h"]);

    public Type Contract => typeof(ILstmWorked);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("f", "the forget gate f_t for each input", 1),
        new("i", "the input gate i_t for each input", 1),
        new("o", "the output gate o_t for each input", 1),
        new("C_tilde", "the candidate C̃_t for each input", 1),
        new("C", "the cell state C_t for each input", 1),
        new("h", "the output h_t for each input", 1),
        new("x_b", "part (b): the input x with C_t ≈ C_{t−1} + h_{t−1}", 1)
        {
            Criterion = new LstmBehaviourCriterion(LstmBehaviour.Accumulates, "C_t − (C_{t−1} + h_{t−1})"),
        },
        new("x_c", "part (c): the input x with h_t ≈ (C_{t−1} + h_{t−1}) / 2", 1)
        {
            Criterion = new LstmBehaviourCriterion(LstmBehaviour.Averages, "h_t − (C_{t−1} + h_{t−1}) / 2"),
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => LstmWorkedMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var lstm = (ILstmWorked)implementation;
        var xs = inputs["x"].ToMatrix();
        var carry = inputs["carry"].ToScalar() != 0;
        var values = StepQuantities.ToDictionary(q => q, _ => new double[xs.RowCount]);
        var (h, c) = (inputs["h0"].ToScalar(), inputs["C0"].ToScalar());
        var stepsDone = true;
        for (var k = 0; k < xs.RowCount && stepsDone; k++)
        {
            LstmStep? step = null;
            var x = xs.Row(k);
            stepsDone = outcome.Step($"Step with x = [{string.Join(", ", x)}]", () => step = lstm.Step(x.Clone(), h, c), StepQuantities);
            if (stepsDone && step is null)
            {
                foreach (var q in StepQuantities)
                {
                    outcome.Record(q, null, "Step");
                }
                stepsDone = false;
            }
            if (stepsDone)
            {
                values["f"][k] = step!.F;
                values["i"][k] = step.I;
                values["o"][k] = step.O;
                values["C_tilde"][k] = step.CandidateC;
                values["C"][k] = step.C;
                values["h"][k] = step.H;
                (h, c) = carry ? (step.H, step.C) : (h, c);
            }
        }
        if (stepsDone)
        {
            foreach (var q in StepQuantities)
            {
                outcome.Record(q, Vector<double>.Build.DenseOfArray(values[q]), "Step");
            }
        }
        outcome.Record("x_b", "Reading AccumulatingInput", () => lstm.AccumulatingInput);
        outcome.Record("x_c", "Reading AveragingInput", () => lstm.AveragingInput);
    }
}
