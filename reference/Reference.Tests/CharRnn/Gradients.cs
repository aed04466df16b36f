using MathNet.Numerics.LinearAlgebra;

namespace Reference.Tests.CharRnn;

/// <summary>Central differences and the relative error of a gradient check.</summary>
internal static class Gradients
{
    private const double Step = 1e-5;

    public static double Loss(Matrix<double> probabilities, int[] targets) =>
        targets.Select((target, t) => -Math.Log(probabilities[t, target])).Sum();

    public static double[] Numeric(Matrix<double> at, Func<Matrix<double>, double> loss)
    {
        var numeric = new double[at.RowCount * at.ColumnCount];
        for (var i = 0; i < at.RowCount; i++)
        {
            for (var j = 0; j < at.ColumnCount; j++)
            {
                var (plus, minus) = (at.Clone(), at.Clone());
                plus[i, j] += Step;
                minus[i, j] -= Step;
                numeric[i * at.ColumnCount + j] = (loss(plus) - loss(minus)) / (2 * Step);
            }
        }
        return numeric;
    }

    public static double[] Numeric(Vector<double> at, Func<Vector<double>, double> loss) =>
        Numeric(at.ToColumnMatrix(), m => loss(m.Column(0)));

    /// <summary>Relative error ‖a − b‖ / max(‖a‖, ‖b‖), the usual measure for a gradient check.</summary>
    public static double RelativeError(double[] a, double[] b)
    {
        var (va, vb) = (Vector<double>.Build.DenseOfArray(a), Vector<double>.Build.DenseOfArray(b));
        var scale = Math.Max(va.L2Norm(), vb.L2Norm());
        return scale == 0 ? 0 : (va - vb).L2Norm() / scale;
    }

    public static void AssertClose(double[] analytic, double[] numeric, string name, double maxRelativeError)
    {
        var error = RelativeError(analytic, numeric);
        Assert.That(error, Is.LessThan(maxRelativeError), $"{name}: relative error {error:G3}");
    }
}
