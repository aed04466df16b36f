using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Reports;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.NbackRnn;

/// <summary><c>nback-rnn</c>: forward pass, loss and BPTT gradients of a tanh RNN on cases that sweep the sequence
/// length; on the 2-back cases also the grader's gradient descent on the submission's gradients and the submission's own
/// training, each to a loss target.</summary>
public sealed class NbackRnnModule : IProblemModule
{
    public const string ProblemId = "nback-rnn";

    /// <summary>The input that marks a training case: the seed the grader gives <see cref="INbackRnn.Train"/>.</summary>
    public const string TrainSeed = "train_seed";

    /// <summary>The hidden units of the training cases, from the problem text.</summary>
    public const int HiddenUnits = 6;

    /// <summary>The most weight snapshots <see cref="INbackRnn.Train"/> may return (20 000 epochs), which bounds what
    /// the runner sends back.</summary>
    public const int MaxSnapshots = 20_001;

    private static readonly Func<IReadOnlyDictionary<string, NumericArray>, int> Length = inputs => inputs["x"].Shape[0];

    private static readonly Func<IReadOnlyDictionary<string, NumericArray>, bool> Trains = inputs => inputs.ContainsKey(TrainSeed);

    public string Id => ProblemId;

    public string Title => "n-back tanh RNN: forward, BPTT and training";

    public int Position => 2;

    public IForwardModel ForwardModel { get; } = new NbackRnnForwardModel();

    public Type Contract => typeof(INbackRnn);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("y_hat", "the predictions ŷ_1 … ŷ_T from Predict", 1) { SequenceLength = Length },
        new("J", "the loss J = Σ ½(ŷ_t − y_t)² from Loss", 1) { SequenceLength = Length },
        new("dU", "∂J/∂U by BPTT", 1) { SequenceLength = Length },
        new("dV", "∂J/∂V by BPTT", 1) { SequenceLength = Length },
        new("dw", "∂J/∂w by BPTT", 1) { SequenceLength = Length },
        new("sgd_losses", "J along the grader's gradient descent on your Gradients", 2)
        {
            AppliesTo = Trains,
            Criterion = new FinalBelow(NbackGradientDescent.Target, "the loss J", "epoch"),
            Plot = new CurvePlot("Grader's gradient descent on your gradients", "epoch", "J", ["your gradients"], LogY: true,
                ExpectedName: "reference"),
        },
        new("train_history", "the losses Train reported (row 0) and J of the weights it returned (row 1)", 1)
        {
            AppliesTo = Trains,
            CaseCriterion = new TrainedByGradientSteps(new RowsAgree(Tolerance.Default, "the reported loss", "J of the returned weights", "epoch")),
            Plot = new CurvePlot("Your Train", "epoch", "J", ["reported", "recomputed from your weights"], LogY: true),
        },
        new("train_loss", "J of the weights Train returned, epoch by epoch", 1)
        {
            AppliesTo = Trains,
            CaseCriterion = new TrainedByGradientSteps(new FinalBelow(NbackGradientDescent.Target, "J of your trained weights", "epoch")),
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => NbackRnnMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var rnn = (INbackRnn)implementation;
        var x = inputs["x"].ToMatrix();
        var y = inputs["y"].ToVector();
        var (u, v, w) = (inputs["U"].ToMatrix(), inputs["V"].ToMatrix(), inputs["w"].ToVector());
        string[] stepQuantities = ["y_hat", "J", "dU", "dV", "dw"];
        var gradientsRun = false;
        if (outcome.Step("Setting the weights", () => SetWeights(rnn, u, v, w), stepQuantities))
        {
            outcome.Record("y_hat", "Predict", () => rnn.Predict(x.Clone()));
            outcome.Record("J", "Loss", () => rnn.Loss(x.Clone(), y.Clone()));
            object? gradients = null;
            gradientsRun = outcome.Step("Gradients", () => gradients = rnn.Gradients(x.Clone(), y.Clone()), "dU", "dV", "dw");
            if (gradientsRun)
            {
                var g = gradients as NbackGradients;
                outcome.Record("dU", g?.DU, "Gradients (its DU)");
                outcome.Record("dV", g?.DV, "Gradients (its DV)");
                outcome.Record("dw", g?.Dw, "Gradients (its Dw)");
            }
        }
        if (!Trains(inputs))
        {
            return;
        }

        double[] curve = [];
        if (outcome.Step("The grader's gradient descent (calling your Gradients)",
                () => curve = NbackGradientDescent.Run(rnn, u, v, w, x, y, NbackGradientDescent.Epochs), "sgd_losses"))
        {
            outcome.Record("sgd_losses", curve, "The grader's gradient descent");
        }

        NbackTrainingRun? run = null;
        var seed = (int)inputs[TrainSeed].ToScalar();
        if (outcome.Step("Train", () => run = rnn.Train(x.Clone(), y.Clone(), HiddenUnits, seed), "train_history", "train_loss"))
        {
            // The grader judges whether the epochs are steps along the submission's own gradients; without working
            // Gradients there is nothing to compare with, so nothing is recorded for it.
            Func<NbackWeights, NbackGradients?>? gradientAt = gradientsRun ? at => GradientsAt(rnn, at, x, y) : null;
            outcome.Step("Reading what Train returned", () => RecordTraining(run, x, y, gradientAt, outcome), "train_history", "train_loss");
        }
    }

    private static void SetWeights(INbackRnn rnn, Matrix<double> u, Matrix<double> v, Vector<double> w)
    {
        rnn.U = u.Clone();
        rnn.V = v.Clone();
        rnn.W = w.Clone();
    }

    private static NbackGradients? GradientsAt(INbackRnn rnn, NbackWeights weights, Matrix<double> x, Vector<double> y)
    {
        SetWeights(rnn, weights.U, weights.V, weights.W);
        return rnn.Gradients(x.Clone(), y.Clone());
    }

    /// <summary>Records the reported losses beside J recomputed from each returned snapshot, that recomputed curve, and
    /// the first and last epochs' weights and gradients (<see cref="NbackStepRecord"/>).</summary>
    private static void RecordTraining(
        NbackTrainingRun? run, Matrix<double> x, Vector<double> y, Func<NbackWeights, NbackGradients?>? gradientAt, CaseOutcomeBuilder outcome)
    {
        if (run?.Weights is null || run.Losses is null)
        {
            throw new InvalidOperationException("Train returned no weights or no losses");
        }
        if (run.Weights.Count > MaxSnapshots)
        {
            throw new InvalidOperationException($"Train returned {run.Weights.Count} weight snapshots; at most {MaxSnapshots} are read");
        }
        if (run.Weights.Count != run.Losses.Count || run.Weights.Count < 2)
        {
            throw new InvalidOperationException(
                $"Train returned {run.Weights.Count} weight snapshots and {run.Losses.Count} losses; it needs the same number, at least 2");
        }
        if (gradientAt is not null)
        {
            NbackStepRecord.Record(run.Weights, gradientAt, outcome);
        }
        var recomputed = run.Weights.Select(s => s is null ? double.NaN : NbackLoss.Of(s.U, s.V, s.W, x, y)).ToArray();
        var history = new NumericArray([2, recomputed.Length], [.. run.Losses, .. recomputed]);
        outcome.Record("train_history", history.ToMatrix(), "Train");
        outcome.Record("train_loss", recomputed, "Train");
    }
}
