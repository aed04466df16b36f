using MathNet.Numerics.LinearAlgebra;
using Reference.Generator;

namespace Reference.Tests.SoftmaxRnn;

/// <summary>The answer key's five BPTT gradients agree with central differences of its own loss; the unrolled composition
/// equals the recursion; large logits give finite numbers.</summary>
public sealed class SoftmaxRnnGradientTests
{
    /// <summary>18 shapes and lengths, T = 1, n = 1 and c = 2 among them.</summary>
    public static IEnumerable<TestCaseData> Shapes()
    {
        (int T, int D, int N, int C)[] shapes =
        [
            (1, 1, 1, 2), (1, 3, 4, 3), (2, 2, 3, 2), (2, 1, 1, 3), (3, 3, 2, 4), (4, 2, 5, 3), (5, 1, 3, 2), (5, 4, 4, 5),
            (6, 2, 2, 2), (7, 3, 3, 3), (8, 1, 4, 6), (10, 2, 3, 3), (12, 3, 2, 4), (1, 5, 2, 5), (3, 1, 6, 2), (15, 2, 4, 3),
            (20, 1, 2, 2), (9, 4, 5, 4),
        ];
        return shapes.Select((s, i) => new TestCaseData(s.T, s.D, s.N, s.C, 4000L + i).SetName($"T={s.T}, d={s.D}, n={s.N}, c={s.C}"));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Gradients_match_central_differences(int length, int d, int n, int c, long seed)
    {
        var random = new SeededRandom(seed);
        Matrix<double> M(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, (_, _) => random.Symmetric(1));
        Vector<double> V(int count) => Vector<double>.Build.Dense(count, _ => random.Symmetric(1));
        var (x, wxh, whh, bh, whz, bz) = (M(length, d), M(n, d), M(n, n), V(n), M(c, n), V(c));
        var y = Enumerable.Range(0, length).Select(_ => random.NextInt(c)).ToArray();

        Reference.Solutions.SoftmaxRnn Net(Matrix<double> a, Matrix<double> b, Vector<double> e, Matrix<double> f, Vector<double> g) =>
            new() { Wxh = a, Whh = b, Bh = e, Whz = f, Bz = g };
        var analytic = Net(wxh, whh, bh, whz, bz).Gradients(x, y);

        GradientCheck.AssertClose(analytic.DWxh.ToRowMajorArray(),
            GradientCheck.Numeric(wxh, m => Net(m, whh, bh, whz, bz).Loss(x, y)).ToRowMajorArray(), "dWxh");
        GradientCheck.AssertClose(analytic.DWhh.ToRowMajorArray(),
            GradientCheck.Numeric(whh, m => Net(wxh, m, bh, whz, bz).Loss(x, y)).ToRowMajorArray(), "dWhh");
        GradientCheck.AssertClose(analytic.Dbh.ToArray(), GradientCheck.Numeric(bh, v => Net(wxh, whh, v, whz, bz).Loss(x, y)).ToArray(), "dbh");
        GradientCheck.AssertClose(analytic.DWhz.ToRowMajorArray(),
            GradientCheck.Numeric(whz, m => Net(wxh, whh, bh, m, bz).Loss(x, y)).ToRowMajorArray(), "dWhz");
        GradientCheck.AssertClose(analytic.Dbz.ToArray(), GradientCheck.Numeric(bz, v => Net(wxh, whh, bh, whz, v).Loss(x, y)).ToArray(), "dbz");

        var net = Net(wxh, whh, bh, whz, bz);
        var states = net.States(x);
        for (var t = 1; t <= length; t++)
        {
            Assert.That(net.Unrolled(x, t).ToArray(), Is.EqualTo(states.Row(t - 1).ToArray()).Within(1e-14), $"G_{t}");
        }
    }

    [Test]
    public void Logits_of_magnitude_1000_give_finite_probabilities_loss_and_gradients()
    {
        var net = new Reference.Solutions.SoftmaxRnn
        {
            Wxh = Matrix<double>.Build.Dense(2, 1, 1.0),
            Whh = Matrix<double>.Build.Dense(2, 2, 0.5),
            Bh = Vector<double>.Build.Dense(2),
            Whz = Matrix<double>.Build.Dense(3, 2, 1.0),
            Bz = Vector<double>.Build.DenseOfArray([1000, -1000, 999]),
        };
        var x = Matrix<double>.Build.Dense(3, 1, 0.5);
        int[] y = [1, 2, 0];
        var z = net.Probabilities(x);
        Assert.That(z.Enumerate(), Has.All.Matches<double>(double.IsFinite));
        Assert.That(z.RowSums().ToArray(), Has.All.EqualTo(1.0).Within(1e-15));
        // Every row of logits is 2h_t + bz, so −log z_{t, y} = logsumexp − logit = (1000 − bz[y]) + log(1 + e^(−1)).
        Assert.That(net.Loss(x, y), Is.EqualTo(2000 + 1 + 0 + 3 * Math.Log(1 + Math.Exp(-1))).Within(1e-9));
        var g = net.Gradients(x, y);
        Assert.That(g.DWhz.Enumerate().Concat(g.DWhh.Enumerate()).Concat(g.Dbz), Has.All.Matches<double>(double.IsFinite));
    }
}
