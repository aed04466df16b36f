using Grader.Core.Grading;

namespace Grader.Tests.Diagnosis;

/// <summary>A softmax without the shift by the largest logit overflows on the case with logits near 1000: the feedback
/// says which output first holds a NaN or ∞, where, and that the inputs were finite.</summary>
public sealed class FirstNonFiniteTests
{
    [Test]
    public void The_first_nan_is_traced_to_its_output_step_and_finite_inputs()
    {
        var grade = OneProblem.Grade(OneProblem.Sample("softmax-rnn-naive-softmax"), "softmax-rnn", Core.Fixtures.FixtureSet.Public);
        var notFinite = grade.Checks.Where(c => c.Status == CheckStatus.NotFinite).ToArray();
        Assert.That(notFinite.Select(c => c.Quantity), Is.EquivalentTo(new[] { "z", "L", "dWxh", "dWhh", "dbh", "dWhz", "dbz" }));
        Assert.That(notFinite.First(c => c.Quantity == "z").Message, Does.Contain(
            "First NaN or ∞: in case logits-1000 the first output that holds one is z: element [0, 0] (time step t = 1) is NaN; h, G, read before it, are finite."));
        Assert.That(notFinite.First(c => c.Quantity == "dWhh").Message,
            Does.Contain("the first output that holds one is z, which the grader reads before dWhh"));
        Assert.That(notFinite.Select(c => c.Message), Has.All.Contain("Every input of this case is finite").And.All.Contain("so the NaN or ∞ comes from your code"));
        Assert.That(grade.Checks.First(c => c.Quantity == "h").Status, Is.EqualTo(CheckStatus.Passed));
    }
}
