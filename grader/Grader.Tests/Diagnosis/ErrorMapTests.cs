using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;
using Grader.Core.Reports;

namespace Grader.Tests.Diagnosis;

/// <summary>Where the error sits in a wrong matrix or sequence: the sentence and the heatmap.</summary>
public sealed class ErrorMapTests
{
    private static FailingCase Failing(QuantitySpec spec, NumericArray expected, NumericArray actual, int length)
    {
        var fixture = new Fixture
        {
            Problem = "p",
            Case = "c",
            Seed = 0,
            Inputs = new Dictionary<string, NumericArray> { ["x"] = new([length, 1], new double[length]) },
            Expected = new Dictionary<string, NumericArray> { [spec.Name] = expected },
            Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
        };
        var outcome = new CaseOutcome(new Dictionary<string, QuantityOutcome> { [spec.Name] = QuantityOutcome.Of(actual) }, "");
        return FailingCase.Smallest(spec, [fixture], [outcome])!;
    }

    private static NumericArray Matrix(int rows, int columns, Func<int, int, double> value) =>
        new([rows, columns], Enumerable.Range(0, rows * columns).Select(i => value(i / columns, i % columns)).ToArray());

    public static IEnumerable<TestCaseData> Patterns()
    {
        var plain = new QuantitySpec("dW", "a gradient", 1);
        var steps = new QuantitySpec("h", "states", 1) { SequenceLength = inputs => inputs["x"].Shape[0] };
        yield return new TestCaseData(plain, Matrix(3, 4, (r, c) => r == 1 ? 1 : 0), 3,
            "Where: in case c, 4 of 12 elements are outside the tolerance, only in rows 1 (see the heatmap).").SetName("one row");
        yield return new TestCaseData(plain, Matrix(3, 4, (r, c) => c is 0 or 2 ? 1 : 0), 3,
            "Where: in case c, 6 of 12 elements are outside the tolerance, only in columns 0, 2 (see the heatmap).").SetName("two columns");
        yield return new TestCaseData(plain, Matrix(3, 4, (r, c) => r == c ? 1 : 0), 3,
            "Where: in case c, 3 of 12 elements are outside the tolerance, only in columns 0, 1, 2 (see the heatmap).").SetName("diagonal");
        yield return new TestCaseData(steps, Matrix(5, 2, (r, c) => r >= 2 ? 1 : 0), 5,
            "Where: in case c, 6 of 10 elements are outside the tolerance; the first wrong time step is t = 3 of 5, and every step from there on is wrong.")
            .SetName("from a step on");
        yield return new TestCaseData(steps, Matrix(5, 2, (r, c) => r == 3 && c == 1 ? 1 : 0), 5,
            "Where: in case c, 1 of 10 elements are outside the tolerance; the first wrong time step is t = 4 of 5.").SetName("one step");
    }

    [TestCaseSource(nameof(Patterns))]
    public void Says_which_rows_columns_or_steps_are_wrong(QuantitySpec spec, NumericArray error, int length, string expected)
    {
        var zeros = new NumericArray(error.Shape, new double[error.Data.Length]);
        Assert.That(ErrorMap.Where(spec, Failing(spec, zeros, error, length)), Is.EqualTo(expected));
    }

    [Test]
    public void A_heatmap_is_as_approved()
    {
        // Within tolerance, just outside, and far outside; a transposed 4×5 block pattern.
        var ratios = Enumerable.Range(0, 20).Select(i => i % 5 == 0 ? 0.5 : Math.Pow(10, i % 4)).ToArray();
        Approval.Verify("heatmap", SvgHeatmap.Render("dWh: error per element — case state-larger", "row", "column", 4, 5, ratios), "svg");
    }

    [Test]
    public void Large_matrices_are_drawn_in_blocks_of_their_worst_element()
    {
        var ratios = new double[150 * 150];
        ratios[149 * 150 + 149] = 1000;
        var svg = SvgHeatmap.Render("big", "row", "column", 150, 150, ratios);
        var cells = svg.Split("<title>").Length - 1;
        Assert.That(cells, Is.EqualTo(38 * 38));
        Assert.That(svg, Does.Contain("blocks of 4×4, worst shown").And.Contain("<title>148–149, 148–149: 1E+03 × allowed</title>"));
        Assert.That(svg.Length, Is.LessThan(400_000));
    }

    [TestCase(0.3, "#e5f5e0")]
    [TestCase(1.0, "#e5f5e0")]
    [TestCase(1e3, "#400014")]
    [TestCase(double.NaN, "#000000")]
    public void Colours_say_within_or_how_far_outside(double ratio, string colour) =>
        Assert.That(SvgHeatmap.Colour(ratio, 3), Is.EqualTo(colour));
}
