using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator;
using Reference.Solutions;

namespace Reference.Tests.GruCell;

/// <summary>Every gradient of the answer key agrees with central finite differences of its own forward pass.</summary>
public sealed class GruCellGradientTests
{
    private const double Step = 1e-5;
    private const double MaxRelativeError = 1e-7;

    /// <summary>24 shapes: n = 1 and d = 1 among them, d &gt; n, d &lt; n and d = n.</summary>
    public static IEnumerable<TestCaseData> Shapes()
    {
        (int D, int N)[] shapes =
        [
            (1, 1), (1, 4), (5, 1), (5, 2), (2, 5), (3, 3), (7, 3), (3, 7), (1, 2), (2, 1), (4, 4), (6, 2),
            (2, 6), (8, 5), (5, 8), (1, 7), (7, 1), (3, 2), (2, 3), (6, 6), (9, 4), (4, 9), (10, 10), (3, 5),
        ];
        return shapes.Select((s, i) => new TestCaseData(s.D, s.N, 1000L + i).SetName($"d={s.D}, n={s.N}"));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Gradients_match_central_differences(int d, int n, long seed)
    {
        var random = new SeededRandom(seed);
        var weights = RandomWeights(random, d, n);
        var x = RandomVector(random, d);
        var h = RandomVector(random, n);
        var delta = RandomVector(random, n);

        var cell = Cell(weights);
        cell.Forward(x, h);
        var (dx, dh) = cell.Backward(delta);
        Matrix<double>[] analytic = [cell.DWzh, cell.DWzx, cell.DWrh, cell.DWrx, cell.DWh, cell.DWx];

        // L = δ · h', so ∂L/∂h' = δ.
        double Loss(Matrix<double>[] w, Vector<double> input, Vector<double> state) => delta.DotProduct(Cell(w).Forward(input, state));

        for (var k = 0; k < weights.Length; k++)
        {
            var numeric = Matrix<double>.Build.Dense(n, weights[k].ColumnCount, (i, j) =>
                Central(step =>
                {
                    var shifted = weights.Select(m => m.Clone()).ToArray();
                    shifted[k][i, j] += step;
                    return Loss(shifted, x, h);
                }));
            AssertClose(analytic[k].ToRowMajorArray(), numeric.ToRowMajorArray(), $"d{Names[k]}");
        }
        var numericDx = Vector<double>.Build.Dense(d, i => Central(step => Loss(weights, Shift(x, i, step), h)));
        var numericDh = Vector<double>.Build.Dense(n, i => Central(step => Loss(weights, x, Shift(h, i, step))));
        AssertClose(dx.ToArray(), numericDx.ToArray(), "dx");
        AssertClose(dh.ToArray(), numericDh.ToArray(), "dh");
    }

    private static readonly string[] Names = ["Wzh", "Wzx", "Wrh", "Wrx", "Wh", "Wx"];

    private static double Central(Func<double, double> f) => (f(Step) - f(-Step)) / (2 * Step);

    /// <summary>Relative error ‖a − b‖ / max(‖a‖, ‖b‖), the usual measure for a gradient check.</summary>
    private static void AssertClose(double[] analytic, double[] numeric, string name)
    {
        var a = Vector<double>.Build.DenseOfArray(analytic);
        var b = Vector<double>.Build.DenseOfArray(numeric);
        var scale = Math.Max(a.L2Norm(), b.L2Norm());
        var error = scale == 0 ? 0 : (a - b).L2Norm() / scale;
        Assert.That(error, Is.LessThan(MaxRelativeError), $"{name}: relative error {error:G3}");
    }

    private static IGruCell Cell(Matrix<double>[] w) => new Reference.Solutions.GruCell { Wzh = w[0], Wzx = w[1], Wrh = w[2], Wrx = w[3], Wh = w[4], Wx = w[5] };

    private static Matrix<double>[] RandomWeights(SeededRandom random, int d, int n) =>
        Names.Select(name => Matrix<double>.Build.Dense(n, name.EndsWith('h') ? n : d, (_, _) => random.Symmetric(1))).ToArray();

    private static Vector<double> RandomVector(SeededRandom random, int length) =>
        Vector<double>.Build.Dense(length, _ => random.Symmetric(1));

    private static Vector<double> Shift(Vector<double> v, int i, double step)
    {
        var copy = v.Clone();
        copy[i] += step;
        return copy;
    }
}
