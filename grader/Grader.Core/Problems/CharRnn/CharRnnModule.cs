using Grader.Core.Diagnosis;
using Grader.Core.Grading.Criteria;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.CharRnn;

/// <summary><c>char-rnn</c>: text preparation and windows, the forward pass and BPTT gradients on one sequence,
/// then SGD training with the submission's gradients and the next-character accuracy it reaches.</summary>
public sealed class CharRnnModule : IProblemModule
{
    public const string ProblemId = "char-rnn";

    /// <summary>The accuracy the training cases ask for: the answer key reaches 0.632 (public) and 0.649 (hidden) on
    /// them from about 0.05 untrained, and always predicting a space gives 0.22; see docs/problems/char-rnn.md.</summary>
    public const double AccuracyTarget = 0.55;

    /// <summary>The mean loss after training: SGD with the true gradients reproduces it to far better than this.</summary>
    public static readonly Tolerance TrainedLossTolerance = new(1e-4, 1e-6);

    private static readonly string[] Gradients = ["dU", "dW", "dV", "db", "dc"];
    private static readonly string[] Trained = ["accuracy", "loss_per_char"];

    /// <summary>The sequence length of a case: its x, and every window it trains on, are this long.</summary>
    private static readonly Func<IReadOnlyDictionary<string, NumericArray>, int> Length = inputs => (int)inputs["seq_length"].ToScalar();

    public string Id => ProblemId;

    public string Title => "Character-level RNN: BPTT and training";

    public int Position => 8;

    public IForwardModel ForwardModel { get; } = new CharRnnForwardModel();

    public Type Contract => typeof(ICharRnn);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("prepared", "the prepared text from Prepare, as character numbers (−1 for a character outside the alphabet)", 1),
        new("window_inputs", "the input windows from Windows, one row per window", 0.5),
        new("window_targets", "the target windows from Windows, one row per window", 0.5),
        new("probs", "y_1 … y_T from Forward, one row per step", 1) { SequenceLength = Length },
        new("loss", "L = Σ_t −log y_t[target_t] returned by Backward", 1) { SequenceLength = Length },
        new("dU", "∂L/∂U", 1) { SequenceLength = Length },
        new("dW", "∂L/∂W", 1) { SequenceLength = Length },
        new("dV", "∂L/∂V", 1) { SequenceLength = Length },
        new("db", "∂L/∂b", 1) { SequenceLength = Length },
        new("dc", "∂L/∂c", 1) { SequenceLength = Length },
        new("accuracy", "next-character accuracy after SGD training with your gradients", 2)
        {
            Criterion = new WithinInterval(AccuracyTarget, 1, "next-character accuracy"),
            // The target is for the training cases (several epochs on hundreds of windows); the one-epoch runs of the
            // length cases are checked through loss_per_char instead.
            AppliesTo = inputs => inputs["order"].Rank == 2 && inputs["order"].Shape[0] > 1,
        },
        new("loss_per_char", "mean loss per character after SGD training with your gradients", 1, TrainedLossTolerance)
        {
            SequenceLength = Length,
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => CharRnnMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var rnn = (ICharRnn)implementation;
        outcome.Record("prepared", "Prepare", () => CharAlphabet.Encode(rnn.Prepare(CharAlphabet.FromCodeUnits(inputs["text"]))).ToVector());

        var seqLength = (int)inputs["seq_length"].ToScalar();
        (int[][] Inputs, int[][] Targets) windows = default;
        if (outcome.Step("Windows", () => windows = rnn.Windows(CharAlphabet.Decode(inputs["window_text"]), seqLength, (int)inputs["stride"].ToScalar()),
                "window_inputs", "window_targets"))
        {
            outcome.Record("window_inputs", "Windows (its Inputs)", () => CharAlphabet.ToMatrix(windows.Inputs, seqLength)?.ToMatrix());
            outcome.Record("window_targets", "Windows (its Targets)", () => CharAlphabet.ToMatrix(windows.Targets, seqLength)?.ToMatrix());
        }

        var x = inputs["x"].Data.Select(v => (int)v).ToArray();
        var y = inputs["y"].Data.Select(v => (int)v).ToArray();
        var sequence = new[] { "probs", "loss" }.Concat(Gradients).ToArray();
        if (!outcome.Step("Setting the weights", () => CharRnnTraining.FromInputs(inputs).SetWeights(rnn), sequence))
        {
            return;
        }
        outcome.Record("probs", "Forward", () => rnn.Forward(x));
        object? loss = null;
        if (outcome.Step("Backward", () => loss = rnn.Backward(x, y), sequence))
        {
            outcome.Record("loss", loss, "Backward");
            outcome.Record("dU", "Reading DU", () => rnn.DU);
            outcome.Record("dW", "Reading DW", () => rnn.DW);
            outcome.Record("dV", "Reading DV", () => rnn.DV);
            outcome.Record("db", "Reading DB", () => rnn.DB);
            outcome.Record("dc", "Reading DC", () => rnn.DC);
        }

        var trainInputs = CharAlphabet.Rows(inputs["train_inputs"]);
        var trainTargets = CharAlphabet.Rows(inputs["train_targets"]);
        var training = CharRnnTraining.FromInputs(inputs);
        NextCharAccuracy? score = null;
        if (outcome.Step("Training with your Backward, then scoring with your Forward", () =>
            {
                training.Train(rnn, trainInputs, trainTargets, CharAlphabet.Rows(inputs["order"]), inputs["lr"].ToScalar());
                score = training.Evaluate(rnn, trainInputs, trainTargets);
            }, Trained))
        {
            outcome.Record("accuracy", score!.Accuracy, "Training");
            outcome.Record("loss_per_char", score.LossPerChar, "Training");
        }
    }
}
