using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;

namespace Grader.Tests.Grading;

/// <summary>The check kinds beyond "close to the expected value", as case tables.</summary>
public sealed class CriteriaTests
{
    private static NumericArray V(params double[] values) => NumericArray.FromVector(values);

    public static IEnumerable<TestCaseData> FinalBelowCases()
    {
        yield return new TestCaseData(V(3, 1, 0.04), CheckStatus.Passed, "").SetName("ends below");
        yield return new TestCaseData(V(3, 0.01, 0.06), CheckStatus.Wrong, "is 0.06 after 2 epochs, not below 0.05").SetName("dips below then ends above");
        yield return new TestCaseData(V(3, 0.05), CheckStatus.Wrong, "the lowest was 0.05 at epoch 1").SetName("exactly the target is not below it");
        yield return new TestCaseData(V(3, double.NaN), CheckStatus.NotFinite, "became NaN at epoch 1 (it was 3 before)").SetName("diverged");
        yield return new TestCaseData(NumericArray.Scalar(0.01), CheckStatus.Passed, "").SetName("a scalar");
        yield return new TestCaseData(new NumericArray([2, 2], [9, 9, 1, 0.01]), CheckStatus.Passed, "").SetName("a matrix is judged on its last row");
    }

    [TestCaseSource(nameof(FinalBelowCases))]
    public void Final_below_judges_the_last_value(NumericArray curve, CheckStatus status, string detail)
    {
        var verdict = new FinalBelow(0.05, "the loss J", "epoch").Judge(curve, null);
        Assert.That(verdict.Status, Is.EqualTo(status));
        Assert.That(verdict.Detail, Does.Contain(detail));
    }

    public static IEnumerable<TestCaseData> IntervalCases()
    {
        yield return new TestCaseData(V(0.25, 1e-300, 0.1), CheckStatus.Passed, "").SetName("inside, the upper bound included");
        yield return new TestCaseData(V(0.1, 0), CheckStatus.Wrong, "element [1] is 0, outside (0, 0.25]").SetName("the lower bound excluded");
        yield return new TestCaseData(V(0.2500001), CheckStatus.Wrong, "outside").SetName("above");
        yield return new TestCaseData(V(-0.1), CheckStatus.Wrong, "outside").SetName("negative");
        yield return new TestCaseData(V(0.1, double.PositiveInfinity), CheckStatus.NotFinite, "element [1] is Infinity").SetName("infinite");
    }

    [TestCaseSource(nameof(IntervalCases))]
    public void Within_interval_holds_every_element_to_its_bounds(NumericArray values, CheckStatus status, string detail)
    {
        var verdict = new WithinInterval(0, 0.25, "σ'(r)").Judge(values, null);
        Assert.That(verdict.Status, Is.EqualTo(status));
        Assert.That(verdict.Detail, Does.Contain(detail));
    }

    [Test]
    public void Within_interval_wants_the_expected_shape_when_there_is_one()
    {
        var verdict = new WithinInterval(0, 0.25, "σ'(r)").Judge(V(0.1), V(0.1, 0.2));
        Assert.That(verdict.Status, Is.EqualTo(CheckStatus.ShapeMismatch));
    }

    public static IEnumerable<TestCaseData> RowsCases()
    {
        yield return new TestCaseData(new NumericArray([2, 3], [3, 2, 1, 3, 2, 1.000001]), CheckStatus.Passed, "").SetName("reproduced");
        yield return new TestCaseData(new NumericArray([2, 3], [3, 2, 1, 3, 2.5, 1]), CheckStatus.Wrong,
            "at epoch 1 the reported loss is 2 but J of the returned weights is 2.5; 1 of 3 epochs disagree").SetName("one epoch off");
        yield return new TestCaseData(new NumericArray([2, 2], [1, 1, 1, double.NaN]), CheckStatus.NotFinite,
            "J of the returned weights at epoch 1 is NaN").SetName("returned weights give NaN");
        yield return new TestCaseData(new NumericArray([2, 2], [1, double.NaN, 1, 1]), CheckStatus.NotFinite,
            "the reported loss at epoch 1 is NaN").SetName("reported NaN");
        yield return new TestCaseData(V(1, 2), CheckStatus.ShapeMismatch, "expected two rows").SetName("one row");
    }

    [TestCaseSource(nameof(RowsCases))]
    public void Rows_agree_compares_the_reported_row_with_the_recomputed_one(NumericArray history, CheckStatus status, string detail)
    {
        var verdict = new RowsAgree(Tolerance.Default, "the reported loss", "J of the returned weights", "epoch").Judge(history, null);
        Assert.That(verdict.Status, Is.EqualTo(status));
        Assert.That(verdict.Detail, Does.Contain(detail));
    }
}
