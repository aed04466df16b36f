using Grader.Core.Problems.CharRnn;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Problems;

/// <summary>The accuracy and loss the char-rnn training check reports.</summary>
public sealed class NextCharAccuracyTests
{
    private static Matrix<double> Peaked(params int[] argmax) =>
        Matrix<double>.Build.Dense(argmax.Length, 27, (t, k) => k == argmax[t] ? 0.74 : 0.01);

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new[] { 1, 2, 3 }, new[] { 1, 2, 3 }, 3).SetName("all right");
        yield return new TestCaseData(new[] { 1, 2, 3 }, new[] { 1, 0, 3 }, 2).SetName("one wrong");
        yield return new TestCaseData(new[] { 0 }, new[] { 26 }, 0).SetName("one step, wrong");
        yield return new TestCaseData(new[] { 26, 26 }, new[] { 26, 26 }, 2).SetName("the last character");
    }

    [TestCaseSource(nameof(Cases))]
    public void It_counts_the_positions_whose_argmax_is_the_target(int[] argmax, int[] targets, int right)
    {
        var score = NextCharAccuracy.Of(Peaked(argmax), targets);
        Assert.That((score.Positions, score.Right), Is.EqualTo((targets.Length, right)));
        Assert.That(score.Accuracy, Is.EqualTo((double)right / targets.Length));
        var loss = argmax.Zip(targets, (a, t) => -Math.Log(a == t ? 0.74 : 0.01)).Sum();
        Assert.That(score.Loss, Is.EqualTo(loss).Within(1e-12));
        Assert.That(score.LossPerChar, Is.EqualTo(loss / targets.Length).Within(1e-12));
    }

    [Test]
    public void A_tie_goes_to_the_first_maximum_as_numpy_argmax()
    {
        var uniform = Matrix<double>.Build.Dense(2, 27, 1.0 / 27);
        Assert.That(NextCharAccuracy.Of(uniform, [0, 5]).Right, Is.EqualTo(1));
    }

    [Test]
    public void Scores_add_up_over_sequences()
    {
        var total = NextCharAccuracy.Zero.Add(NextCharAccuracy.Of(Peaked(1, 2), [1, 2])).Add(NextCharAccuracy.Of(Peaked(4, 4), [3, 4]));
        Assert.That((total.Positions, total.Right, total.Accuracy), Is.EqualTo((4, 3, 0.75)));
        Assert.That(NextCharAccuracy.Zero.Accuracy, Is.Zero);
    }

    [TestCase(3, 27)]
    [TestCase(2, 26)]
    public void A_matrix_of_the_wrong_shape_is_rejected_with_its_shape(int rows, int columns)
    {
        Assert.That(() => NextCharAccuracy.Of(Matrix<double>.Build.Dense(rows, columns), [0, 1]),
            Throws.ArgumentException.With.Message.Contain($"not {rows}×{columns}"));
    }
}
