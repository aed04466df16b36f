using Grader.Core.Diagnosis;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Reports;

namespace Grader.Core.Problems.SigmoidRnn;

/// <summary><c>sigmoid-rnn</c>: states, state derivatives, the classifier's loss and its gradient on cases that sweep the
/// length, σ' and its bounds, and the per-step contributions to dh_T/dw1 that show the vanishing gradient (T = 50, 100).</summary>
public sealed class SigmoidRnnModule : IProblemModule
{
    public const string ProblemId = "sigmoid-rnn";

    /// <summary>Contributions shrink geometrically with k (to 1e-60 and below at T = 100), so an absolute tolerance would
    /// pass any tiny number: they are held to rtol 1e-5 alone (atol 1e-300 only absorbs subnormal noise). Double-precision
    /// products of 100 factors carry relative errors near 1e-14, far inside it.</summary>
    public static readonly Tolerance ContributionTolerance = new(1e-5, 1e-300);

    private static readonly Func<IReadOnlyDictionary<string, NumericArray>, int> Length = inputs => inputs["x"].Data.Length;

    public string Id => ProblemId;

    public string Title => "Scalar sigmoid RNN: state derivatives, classifier loss and the vanishing gradient";

    public int Position => 3;

    public IForwardModel ForwardModel { get; } = new SigmoidRnnForwardModel();

    public Type Contract => typeof(ISigmoidRnn);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("h", "the states h_1 … h_T", 1) { SequenceLength = Length },
        new("dh_dw1", "dh_t/dw1 for t = 1 … T", 1) { SequenceLength = Length },
        new("L", "the loss −log σ(y (wo h_T + b))", 1) { SequenceLength = Length },
        new("dL_dw1", "dL/dw1", 1) { SequenceLength = Length },
        new("sigma_prime", "σ'(r) on the grader's points r", 1),
        new("sigma_prime_bounds", "σ'(r) on the grader's points r, against its bounds", 1)
        {
            Criterion = new WithinInterval(0, 0.25, "σ'(r)"),
        },
        new("contributions", "the contribution of each step k to dh_T/dw1", 1, ContributionTolerance)
        {
            SequenceLength = Length,
            Plot = new CurvePlot("Contributions of step k to dh_T/dw1", "step k", "|contribution|", ["yours"], LogY: true,
                FirstX: 1, ExpectedName: "reference", MinimumPoints: 50),
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => SigmoidRnnMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var rnn = (ISigmoidRnn)implementation;
        var x = inputs["x"].ToVector();
        var y = inputs["y"].ToScalar();
        var points = inputs["r"].Data;
        var slopes = new double[points.Length];
        if (outcome.Step("SigmoidDerivative", () =>
            {
                for (var i = 0; i < points.Length; i++)
                {
                    slopes[i] = rnn.SigmoidDerivative(points[i]);
                }
            }, "sigma_prime", "sigma_prime_bounds"))
        {
            outcome.Record("sigma_prime", slopes, "SigmoidDerivative");
            outcome.Record("sigma_prime_bounds", slopes, "SigmoidDerivative");
        }

        var setWeights = outcome.Step("Setting the weights", () =>
        {
            rnn.W1 = inputs["w1"].ToScalar();
            rnn.W2 = inputs["w2"].ToScalar();
            rnn.Wo = inputs["wo"].ToScalar();
            rnn.B = inputs["b"].ToScalar();
        }, "h", "dh_dw1", "L", "dL_dw1", "contributions");
        if (!setWeights)
        {
            return;
        }
        outcome.Record("h", "States", () => rnn.States(x.Clone()));
        outcome.Record("dh_dw1", "StateDerivatives", () => rnn.StateDerivatives(x.Clone()));
        outcome.Record("L", "Loss", () => rnn.Loss(x.Clone(), y));
        outcome.Record("dL_dw1", "LossGradient", () => rnn.LossGradient(x.Clone(), y));
        outcome.Record("contributions", "Contributions", () => rnn.Contributions(x.Clone()));
    }
}
