using MathNet.Numerics.LinearAlgebra;
using Reference.Generator;

namespace Reference.Tests.NbackRnn;

/// <summary>The answer key's BPTT gradients agree with central differences of its own loss.</summary>
public sealed class NbackRnnGradientTests
{
    /// <summary>20 shapes and lengths, T = 1 and n = 1 among them.</summary>
    public static IEnumerable<TestCaseData> Shapes()
    {
        (int T, int D, int N)[] shapes =
        [
            (1, 1, 1), (1, 2, 3), (2, 1, 1), (2, 3, 2), (3, 2, 4), (5, 1, 6), (5, 4, 2), (7, 3, 3), (10, 1, 6), (12, 2, 5),
            (1, 5, 5), (4, 4, 4), (6, 2, 1), (8, 1, 3), (15, 3, 4), (20, 2, 2), (3, 6, 2), (9, 2, 7), (25, 1, 6), (50, 1, 6),
        ];
        return shapes.Select((s, i) => new TestCaseData(s.T, s.D, s.N, 2000L + i).SetName($"T={s.T}, d={s.D}, n={s.N}"));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Gradients_match_central_differences(int length, int d, int n, long seed)
    {
        var random = new SeededRandom(seed);
        Matrix<double> M(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, (_, _) => random.Symmetric(1));
        var (u, v, x) = (M(n, n), M(n, d), M(length, d));
        var w = Vector<double>.Build.Dense(n, _ => random.Symmetric(1));
        var y = Vector<double>.Build.Dense(length, _ => random.Symmetric(1));

        double J(Matrix<double> uu, Matrix<double> vv, Vector<double> ww) => Net(uu, vv, ww).Loss(x, y);
        var analytic = Net(u, v, w).Gradients(x, y);

        GradientCheck.AssertClose(analytic.DU.ToRowMajorArray(), GradientCheck.Numeric(u, m => J(m, v, w)).ToRowMajorArray(), "dU");
        GradientCheck.AssertClose(analytic.DV.ToRowMajorArray(), GradientCheck.Numeric(v, m => J(u, m, w)).ToRowMajorArray(), "dV");
        GradientCheck.AssertClose(analytic.Dw.ToArray(), GradientCheck.Numeric(w, m => J(u, v, m)).ToArray(), "dw");
    }

    private static Reference.Solutions.NbackRnn Net(Matrix<double> u, Matrix<double> v, Vector<double> w) => new() { U = u, V = v, W = w };
}
