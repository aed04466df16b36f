using Grader.Core.Numerics;

namespace Grader.Tests.Numerics;

public sealed class AllCloseTests
{
    private static readonly Tolerance Tol = Tolerance.Default;

    private static NumericArray V(params double[] values) => NumericArray.FromVector(values);

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(V(1, 2, 3), V(1, 2, 3), ComparisonKind.Close, 0).SetName("equal");
        // allowed at 1000 is 1e-8 + 1e-5·1000 ≈ 0.01
        yield return new TestCaseData(V(1000), V(1000.0099), ComparisonKind.Close, 0).SetName("inside rtol");
        yield return new TestCaseData(V(1000), V(1000.0101), ComparisonKind.NotClose, 0).SetName("just outside rtol");
        yield return new TestCaseData(V(0), V(9e-9), ComparisonKind.Close, 0).SetName("inside atol at zero");
        yield return new TestCaseData(V(0), V(2e-8), ComparisonKind.NotClose, 0).SetName("outside atol at zero");
        yield return new TestCaseData(V(1, 2, 3), V(1, 2.5, 3.1), ComparisonKind.NotClose, 1).SetName("worst element by error over allowed");
        yield return new TestCaseData(V(1, 2, 3), V(1, double.NaN, 3), ComparisonKind.NotFinite, 1).SetName("NaN");
        yield return new TestCaseData(V(1, 2, 3), V(1, 2, double.PositiveInfinity), ComparisonKind.NotFinite, 2).SetName("infinity");
        yield return new TestCaseData(V(1, 2, 3), V(1, 2), ComparisonKind.ShapeMismatch, 0).SetName("shorter vector");
        yield return new TestCaseData(new NumericArray([2, 3], new double[6]), new NumericArray([3, 2], new double[6]), ComparisonKind.ShapeMismatch, 0)
            .SetName("transposed shape");
    }

    [TestCaseSource(nameof(Cases))]
    public void Compares_like_numpy_allclose_and_finds_the_worst_element(NumericArray expected, NumericArray actual, ComparisonKind kind, int worst)
    {
        var comparison = AllClose.Compare(expected, actual, Tol);
        Assert.That(comparison.Kind, Is.EqualTo(kind));
        Assert.That(comparison.WorstIndex, Is.EqualTo(worst));
    }

    [Test]
    public void A_failure_says_where_expected_actual_and_the_tolerance()
    {
        var expected = new NumericArray([2, 2], [1, 2, 3, 4]);
        var actual = new NumericArray([2, 2], [1, 2, 3.5, 4]);
        var text = AllClose.Compare(expected, actual, Tol).Describe();
        Assert.That(text, Does.Contain("[1, 0]").And.Contain("expected 3").And.Contain("got 3.5").And.Contain("rtol 1E-05"));
        Assert.That(text, Does.Contain("1 of 4 elements"));
    }

    [Test]
    public void A_shape_mismatch_names_both_shapes()
    {
        var text = AllClose.Compare(new NumericArray([2, 3], new double[6]), V(1, 2), Tol).Describe();
        Assert.That(text, Is.EqualTo("expected a 2×3 matrix, got a vector of length 2"));
    }
}
