using Grader.Core.Problems.LstmWorked;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Tests.LstmWorked;

public sealed class LstmWorkedTests
{
    /// <summary>Worked by hand: f = σ(4), i = σ(−4.5), o = σ(−5), C̃ = tanh(0.05) for x = [1 0 0] from (0.05, −0.02).</summary>
    [Test]
    public void The_first_input_from_the_initial_state_gives_the_hand_worked_values()
    {
        var step = new Reference.Solutions.LstmWorked().Step(Vector<double>.Build.DenseOfArray([1, 0, 0]), 0.05, -0.02);
        Assert.That(step.F, Is.EqualTo(0.9820137900).Within(1e-9));
        Assert.That(step.I, Is.EqualTo(0.0109869426).Within(1e-9));
        Assert.That(step.O, Is.EqualTo(0.0066928509).Within(1e-9));
        Assert.That(step.CandidateC, Is.EqualTo(0.0499583750).Within(1e-9));
        Assert.That(step.C, Is.EqualTo(0.9820137900 * -0.02 + 0.0109869426 * 0.0499583750).Within(1e-9));
        Assert.That(step.H, Is.EqualTo(0.0066928509 * Math.Tanh(step.C)).Within(1e-12));
    }

    [Test]
    public void The_graders_lstm_equals_the_answer_key_over_a_grid_of_states()
    {
        var key = new Reference.Solutions.LstmWorked();
        foreach (var x in new[] { new[] { 1.0, 0, 0 }, [0, 1, 0], [1, 0, 1], [1, 1, 0.5], [0.3, -2, 7] })
        {
            for (var h = -0.5; h <= 0.5; h += 0.25)
            {
                for (var c = -0.5; c <= 0.5; c += 0.25)
                {
                    var step = key.Step(Vector<double>.Build.DenseOfArray(x), h, c);
                    Assert.That(WorkedLstm.Step(x, h, c), Is.EqualTo((step.C, step.H)), $"x = [{string.Join(", ", x)}], h = {h}, C = {c}");
                }
            }
        }
    }

    [Test]
    public void The_answer_keys_inputs_for_b_and_c_have_the_asked_for_behaviour()
    {
        var key = new Reference.Solutions.LstmWorked();
        Assert.That(LstmBehaviour.Accumulates(key.AccumulatingInput.ToArray()).Within(LstmBehaviour.Tolerance), Is.True);
        Assert.That(LstmBehaviour.Averages(key.AveragingInput.ToArray()).Within(LstmBehaviour.Tolerance), Is.True);
    }
}
