using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.SoftmaxRnn;

/// <summary><c>softmax-rnn</c>: states by the recursion and by the unrolled composition, softmax probabilities, the
/// cross-entropy loss and the five BPTT gradients, on cases that sweep the length and on logits of magnitude 1000.</summary>
public sealed class SoftmaxRnnModule : IProblemModule
{
    public const string ProblemId = "softmax-rnn";

    private static readonly Func<IReadOnlyDictionary<string, NumericArray>, int> Length = inputs => inputs["x"].Shape[0];

    public string Id => ProblemId;

    public string Title => "Softmax RNN: unrolled composition, cross-entropy and BPTT";

    public int Position => 4;

    public IForwardModel ForwardModel { get; } = new SoftmaxRnnForwardModel();

    public Type Contract => typeof(ISoftmaxRnn);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("h", "the states h_1 … h_T from States (rows)", 1) { SequenceLength = Length },
        new("G", "the unrolled compositions G_1 … G_T from Unrolled (rows); they equal h", 1) { SequenceLength = Length },
        new("z", "the probabilities z_1 … z_T from Probabilities (rows)", 1) { SequenceLength = Length },
        new("L", "the loss Σ −log z_{t, y_t}", 1) { SequenceLength = Length },
        new("dWxh", "∂L/∂Wxh by BPTT", 1) { SequenceLength = Length },
        new("dWhh", "∂L/∂Whh by BPTT", 1) { SequenceLength = Length },
        new("dbh", "∂L/∂bh by BPTT", 1) { SequenceLength = Length },
        new("dWhz", "∂L/∂Whz", 1) { SequenceLength = Length },
        new("dbz", "∂L/∂bz", 1) { SequenceLength = Length },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => SoftmaxRnnMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var rnn = (ISoftmaxRnn)implementation;
        var x = inputs["x"].ToMatrix();
        var labels = inputs["y"].Data.Select(v => (int)v).ToArray();
        var setWeights = outcome.Step("Setting the weights", () =>
        {
            rnn.Wxh = inputs["Wxh"].ToMatrix();
            rnn.Whh = inputs["Whh"].ToMatrix();
            rnn.Bh = inputs["bh"].ToVector();
            rnn.Whz = inputs["Whz"].ToMatrix();
            rnn.Bz = inputs["bz"].ToVector();
        });
        if (!setWeights)
        {
            return;
        }

        outcome.Record("h", "States", () => rnn.States(x.Clone()));
        outcome.Record("G", "Unrolled", () => Unrolled(rnn, x));
        outcome.Record("z", "Probabilities", () => rnn.Probabilities(x.Clone()));
        outcome.Record("L", "Loss", () => rnn.Loss(x.Clone(), labels.ToArray()));
        object? gradients = null;
        if (outcome.Step("Gradients", () => gradients = rnn.Gradients(x.Clone(), labels.ToArray()), "dWxh", "dWhh", "dbh", "dWhz", "dbz"))
        {
            var g = gradients as SoftmaxRnnGradients;
            outcome.Record("dWxh", g?.DWxh, "Gradients (its DWxh)");
            outcome.Record("dWhh", g?.DWhh, "Gradients (its DWhh)");
            outcome.Record("dbh", g?.Dbh, "Gradients (its Dbh)");
            outcome.Record("dWhz", g?.DWhz, "Gradients (its DWhz)");
            outcome.Record("dbz", g?.Dbz, "Gradients (its Dbz)");
        }
    }

    /// <summary>G_1 … G_T as rows, each from its own call; null when a call returns null.</summary>
    private static Matrix<double>? Unrolled(ISoftmaxRnn rnn, Matrix<double> x)
    {
        var rows = new List<Vector<double>>();
        for (var t = 1; t <= x.RowCount; t++)
        {
            var g = rnn.Unrolled(x.Clone(), t);
            if (g is null)
            {
                return null;
            }
            if (rows.Count > 0 && g.Count != rows[0].Count)
            {
                throw new InvalidOperationException($"Unrolled returned vectors of lengths {rows[0].Count} and {g.Count}");
            }
            rows.Add(g);
        }
        return Matrix<double>.Build.DenseOfRowVectors(rows);
    }
}
