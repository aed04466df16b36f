using MathNet.Numerics.LinearAlgebra;

namespace Reference.Tests;

/// <summary>Central differences and the relative error used to hold an analytic gradient to them.</summary>
internal static class GradientCheck
{
    public const double Step = 1e-5;
    public const double MaxRelativeError = 1e-7;

    public static double Central(Func<double, double> f) => (f(Step) - f(-Step)) / (2 * Step);

    /// <summary>∂f/∂m[i, j] for every entry, by central differences on a copy of <paramref name="m"/>.</summary>
    public static Matrix<double> Numeric(Matrix<double> m, Func<Matrix<double>, double> f) =>
        Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, (i, j) => Central(step =>
        {
            var shifted = m.Clone();
            shifted[i, j] += step;
            return f(shifted);
        }));

    /// <summary>∂f/∂v[i] for every entry, by central differences on a copy of <paramref name="v"/>.</summary>
    public static Vector<double> Numeric(Vector<double> v, Func<Vector<double>, double> f) =>
        Vector<double>.Build.Dense(v.Count, i => Central(step =>
        {
            var shifted = v.Clone();
            shifted[i] += step;
            return f(shifted);
        }));

    /// <summary>Asserts ‖a − b‖ / max(‖a‖, ‖b‖) &lt; 1e-7, the usual measure for a gradient check.</summary>
    public static void AssertClose(double[] analytic, double[] numeric, string name)
    {
        var a = Vector<double>.Build.DenseOfArray(analytic);
        var b = Vector<double>.Build.DenseOfArray(numeric);
        var scale = Math.Max(a.L2Norm(), b.L2Norm());
        var error = scale == 0 ? 0 : (a - b).L2Norm() / scale;
        Assert.That(error, Is.LessThan(MaxRelativeError), $"{name}: relative error {error:G3}");
    }
}
