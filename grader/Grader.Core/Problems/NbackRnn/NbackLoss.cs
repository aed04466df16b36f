using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>The grader's own evaluation of J = Σ ½(w·h_t − y_t)² for given weights: a loss target and a reported
/// history are judged on this, never on a number the submission computed about itself.</summary>
internal static class NbackLoss
{
    /// <summary>J of the weights on one sequence (x is T×d); NaN when the weights' shapes do not fit together or x.</summary>
    public static double Of(Matrix<double> u, Matrix<double> v, Vector<double> w, Matrix<double> x, Vector<double> y)
    {
        var n = w.Count;
        if (u.RowCount != n || u.ColumnCount != n || v.RowCount != n || v.ColumnCount != x.ColumnCount || y.Count != x.RowCount)
        {
            return double.NaN;
        }
        var h = Vector<double>.Build.Dense(n);
        var loss = 0.0;
        for (var t = 0; t < x.RowCount; t++)
        {
            h = (u * h + v * x.Row(t)).PointwiseTanh();
            var error = w.DotProduct(h) - y[t];
            loss += 0.5 * error * error;
        }
        return loss;
    }
}
