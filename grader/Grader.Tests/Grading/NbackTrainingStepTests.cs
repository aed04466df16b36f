using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Problems.NbackRnn;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Grading;

/// <summary>Train's epochs must be gradient-descent steps along the submission's own gradients with one learning rate:
/// a run that climbs the gradient of one weight, or steps one weight with another rate, is refused even though it may
/// reach the loss target.</summary>
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

    [TestCase(0.02)]
    [TestCase(0.5)]
    public void A_gradient_step_with_any_one_rate_passes(double rate) =>
        Assert.DoesNotThrow(() => NbackTrainingSteps.Verify(Run(rate, rate, rate), TrueGradients));

    [TestCase(0.02, -0.02, 0.02, "V")]
    [TestCase(0.02, 1, 0.02, "V")]
    [TestCase(0.02, 0.02, 0, "w")]
    public void A_weight_stepped_another_way_is_named(double rateU, double rateV, double rateW, string weight)
    {
        var e = Assert.Throws<InvalidOperationException>(() => NbackTrainingSteps.Verify(Run(rateU, rateV, rateW), TrueGradients));
        Assert.That(e!.Message, Does.StartWith($"epoch 1: the step of {weight} "));
    }

    [Test]
    public void Climbing_the_gradient_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => NbackTrainingSteps.Verify(Run(-0.02, -0.02, -0.02), TrueGradients));
        Assert.That(e!.Message, Does.Contain("does not go down the gradient of J"));
    }

    [Test]
    public void The_answer_keys_training_passes_and_gradients_that_do_not_fit_are_left_to_the_gradient_checks()
    {
        Assert.DoesNotThrow(() => NbackTrainingSteps.Verify(Run(0.02, -0.02, 0.02), _ => null));
        var run = new Reference.Solutions.NbackRnn().Train(X, Y, NbackRnnModule.HiddenUnits, seed: 3);
        Assert.DoesNotThrow(() => NbackTrainingSteps.Verify(run.Weights, TrueGradients));
    }
}
