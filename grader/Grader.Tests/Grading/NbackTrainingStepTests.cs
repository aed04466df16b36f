using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.NbackRnn;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>Train's epochs must be gradient-descent steps along the submission's own gradients with one learning rate:
/// a run that climbs the gradient of one weight, or steps one weight with another rate, is refused even though it may
/// reach the loss target. The runner records the first and last epochs (<see cref="NbackStepRecord"/>); the grader judges
/// them (<see cref="NbackTrainingSteps"/>), and both training checks say so as a wrong value.</summary>
public sealed class NbackTrainingStepTests
{
    private static readonly Fixture TwoBack = new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Hidden, NbackRnnModule.ProblemId)
        .First(f => f.Inputs.ContainsKey(NbackRnnModule.TrainSeed));

    private static readonly Matrix<double> X = TwoBack.Inputs["x"].ToMatrix();
    private static readonly Vector<double> Y = TwoBack.Inputs["y"].ToVector();

    private static NbackGradients TrueGradients(NbackWeights at) =>
        new Reference.Solutions.NbackRnn { U = at.U, V = at.V, W = at.W }.Gradients(X, Y);

    private static (NbackWeights Start, NbackGradients Gradient) Start()
    {
        var rnn = new Reference.Solutions.NbackRnn
        {
            U = TwoBack.Inputs["U"].ToMatrix(), V = TwoBack.Inputs["V"].ToMatrix(), W = TwoBack.Inputs["w"].ToVector(),
        };
        return (new NbackWeights(rnn.U, rnn.V, rnn.W), rnn.Gradients(X, Y));
    }

    private static NbackWeights[] Run(double rateU, double rateV, double rateW)
    {
        var (start, g) = Start();
        return [start, new NbackWeights(start.U - rateU * g.DU, start.V - rateV * g.DV, start.W - rateW * g.Dw)];
    }

    /// <summary>What the runner records of a run, judged as the grader judges it.</summary>
    private static string? Judge(IReadOnlyList<NbackWeights?> weights, Func<NbackWeights, NbackGradients?> gradientAt)
    {
        var builder = new CaseOutcomeBuilder([], student: null);
        NbackStepRecord.Record(weights, gradientAt, builder);
        var recorded = builder.Build().Quantities.Where(q => q.Value.HasValue).ToDictionary(q => q.Key, q => q.Value.Value!);
        return NbackTrainingSteps.Problem(recorded);
    }

    [TestCase(0.02)]
    [TestCase(0.5)]
    public void A_gradient_step_with_any_one_rate_passes(double rate) =>
        Assert.That(Judge(Run(rate, rate, rate), TrueGradients), Is.Null);

    [TestCase(0.02, -0.02, 0.02, "V")]
    [TestCase(0.02, 1, 0.02, "V")]
    [TestCase(0.02, 0.02, 0, "w")]
    public void A_weight_stepped_another_way_is_named(double rateU, double rateV, double rateW, string weight) =>
        Assert.That(Judge(Run(rateU, rateV, rateW), TrueGradients), Does.StartWith($"epoch 1: the step of {weight} "));

    [Test]
    public void Climbing_the_gradient_is_refused() =>
        Assert.That(Judge(Run(-0.02, -0.02, -0.02), TrueGradients), Does.Contain("does not go down the gradient of J"));

    [Test]
    public void The_answer_keys_training_passes_and_gradients_that_do_not_fit_are_left_to_the_gradient_checks()
    {
        Assert.That(Judge(Run(0.02, -0.02, 0.02), _ => null), Is.Null);
        var run = new Reference.Solutions.NbackRnn().Train(X, Y, NbackRnnModule.HiddenUnits, seed: 3);
        Assert.That(Judge(run.Weights, TrueGradients), Is.Null);
    }

    [Test]
    public void The_runner_records_the_first_and_last_epochs_and_judges_nothing()
    {
        var weights = Run(0.02, -0.02, 0.02);
        var builder = new CaseOutcomeBuilder([], student: null);
        NbackStepRecord.Record([.. weights, weights[1]], TrueGradients, builder);
        var recorded = builder.Build().Quantities;
        Assert.That(recorded.Values.Select(v => v.HasValue), Has.All.True, "values only: no verdict, no failure");
        Assert.That(recorded[NbackStepRecord.Epochs].Value!.Data, Is.EqualTo(new[] { 1.0, 2.0 }));
        Assert.That(recorded.Keys.Count(k => k.StartsWith(NbackStepRecord.Epochs + "[", StringComparison.Ordinal)), Is.EqualTo(2 * 9));
    }

    [Test]
    public void A_Train_that_climbs_the_gradient_of_V_loses_both_training_checks_as_a_wrong_value()
    {
        var catalog = new ProblemCatalog([new NbackRnnModule()]);
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(catalog, () => new ClimbingV());
        var grade = grader.Grade("test", executor);
        foreach (var quantity in new[] { "train_history", "train_loss" })
        {
            var check = grade.Checks.Single(c => c.Quantity == quantity);
            Assert.That(check.Status, Is.EqualTo(CheckStatus.Wrong), quantity);
            Assert.That(check.Message, Does.Contain("epoch 1: the step of V does not go down the gradient of J"), quantity);
        }
        Assert.That(grade.Checks.Single(c => c.Quantity == "dV").Status, Is.EqualTo(CheckStatus.Passed), "its gradients are the answer key's");
    }

    /// <summary>The answer key, except that Train steps V up its gradient for three epochs.</summary>
    private sealed class ClimbingV : Reference.Solutions.NbackRnn
    {
        public override NbackTrainingRun Train(Matrix<double> x, Vector<double> y, int hiddenUnits, int seed)
        {
            var start = new NbackWeights(
                Matrix<double>.Build.Dense(hiddenUnits, hiddenUnits, (i, j) => 0.1 * Math.Sin(1 + i + 2 * j)),
                Matrix<double>.Build.Dense(hiddenUnits, x.ColumnCount, (i, _) => 0.1 * Math.Cos(1 + i)),
                Vector<double>.Build.Dense(hiddenUnits, i => 0.1 * Math.Sin(2 + 3 * i)));
            var weights = new List<NbackWeights> { start };
            for (var epoch = 0; epoch < 3; epoch++)
            {
                (U, V, W) = (weights[^1].U, weights[^1].V, weights[^1].W);
                var g = Gradients(x, y);
                weights.Add(new NbackWeights(U - 0.02 * g.DU, V + 0.02 * g.DV, W - 0.02 * g.Dw));
            }
            var losses = weights.Select(w => new Reference.Solutions.NbackRnn { U = w.U, V = w.V, W = w.W }.Loss(x, y)).ToList();
            return new NbackTrainingRun(weights, losses);
        }
    }
}
