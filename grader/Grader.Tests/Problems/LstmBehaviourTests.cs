using Grader.Core.Problems.LstmWorked;

namespace Grader.Tests.Problems;

/// <summary>The behaviour checks of lstm-worked (b) and (c): the worst state of the grid and the error there.</summary>
public sealed class LstmBehaviourTests
{
    private static readonly Func<IReadOnlyList<double>, LstmBehaviourResult> Accumulates = LstmBehaviour.Accumulates;
    private static readonly Func<IReadOnlyList<double>, LstmBehaviourResult> Averages = LstmBehaviour.Averages;

    public static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData("accumulates", new[] { 1.0, 1, 0 }, true).SetName("(b) x = [1 1 0] passes");
        yield return new TestCaseData("accumulates", new[] { 10.0, 10, -3 }, true).SetName("(b) x = [10 10 −3] passes");
        yield return new TestCaseData("accumulates", new[] { 1.0, 0, 0 }, false).SetName("(b) input gate closed fails");
        yield return new TestCaseData("accumulates", new[] { 0.0, 1, 0 }, false).SetName("(b) forget gate closed fails");
        yield return new TestCaseData("accumulates", new[] { 0.5, 0.5, 0 }, false).SetName("(b) gates half open fail");
        yield return new TestCaseData("averages", new[] { 1.0, 1, 0.5 }, true).SetName("(c) x = [1 1 0.5] passes");
        yield return new TestCaseData("averages", new[] { 10.0, 10, 0.5 }, true).SetName("(c) x = [10 10 0.5] passes");
        yield return new TestCaseData("averages", new[] { 1.0, 1, 0 }, false).SetName("(c) output gate closed fails");
        yield return new TestCaseData("averages", new[] { 1.0, 1, 1 }, false).SetName("(c) output gate open fails");
        yield return new TestCaseData("averages", new[] { 1.0, 1, 0.6 }, false).SetName("(c) output gate at σ(1) fails");
    }

    [TestCaseSource(nameof(Inputs))]
    public void An_input_has_the_behaviour_within_the_tolerance_or_not(string behaviour, double[] x, bool passes)
    {
        var result = (behaviour == "accumulates" ? Accumulates : Averages)(x);
        Assert.That(result.Within(LstmBehaviour.Tolerance), Is.EqualTo(passes), result.Describe());
    }

    [Test]
    public void The_worst_state_is_a_corner_and_its_error_is_what_the_lstm_gives_there()
    {
        var result = LstmBehaviour.Accumulates([1, 0, 0]);
        Assert.That(Math.Abs(result.HPrev), Is.EqualTo(0.1).Within(1e-12));
        Assert.That(result.CPrev, Is.EqualTo(result.HPrev), "C_t misses h_{t−1}, most of all where h and C add up");
        var (c, _) = WorkedLstm.Step([1, 0, 0], result.HPrev, result.CPrev);
        Assert.That(result.Error, Is.EqualTo(c - (result.CPrev + result.HPrev)));
        Assert.That(result.Describe(), Is.EqualTo("worst at h_{t−1} = -0.1, C_{t−1} = -0.1: off by 0.101"));
    }

    [Test]
    public void The_grid_spans_the_small_states_and_includes_zero()
    {
        var seen = new List<(double H, double C)>();
        LstmBehaviour.Worst([1, 1, 0], (h, c, _) =>
        {
            seen.Add((h, c));
            return 0;
        });
        Assert.That(seen, Has.Count.EqualTo(LstmBehaviour.GridPoints * LstmBehaviour.GridPoints));
        Assert.That(seen.Select(s => s.H).Min(), Is.EqualTo(-LstmBehaviour.StateBound));
        Assert.That(seen.Select(s => s.C).Max(), Is.EqualTo(LstmBehaviour.StateBound));
        Assert.That(seen, Does.Contain((0.0, 0.0)));
    }

    [Test]
    public void A_non_finite_input_is_the_worst_possible()
    {
        var result = LstmBehaviour.Averages([double.NaN, 1, 0.5]);
        Assert.That(result.Error, Is.NaN);
        Assert.That(result.Within(1), Is.False);
    }

    [Test]
    public void An_input_of_the_wrong_length_is_rejected()
    {
        Assert.That(() => LstmBehaviour.Accumulates([1, 1]), Throws.ArgumentException);
    }
}
