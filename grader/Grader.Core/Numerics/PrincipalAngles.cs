using Grader.Core.Grading;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Numerics;

/// <summary>Principal angles between the column spaces of two matrices with the same number of rows.</summary>
[GraderSide]
internal static class PrincipalAngles
{
    /// <summary>The angles in radians, smallest first, one per column of the narrower matrix: orthonormal bases
    /// Q1, Q2 by QR, σ the singular values of Q1ᵀQ2, θ = arccos(clamp(σ, 0, 1)).</summary>
    /// <exception cref="ArgumentException">Different row counts, or a matrix whose columns are not independent.</exception>
    public static double[] Between(Matrix<double> a, Matrix<double> b)
    {
        if (a.RowCount != b.RowCount)
        {
            throw new ArgumentException($"Both bases need the same number of rows, got {a.RowCount} and {b.RowCount}.", nameof(b));
        }
        var q1 = Orthonormal(a, nameof(a));
        var q2 = Orthonormal(b, nameof(b));
        var sigma = (q1.TransposeThisAndMultiply(q2)).Svd(computeVectors: false).S;
        return sigma.Take(Math.Min(a.ColumnCount, b.ColumnCount))
            .Select(s => Math.Acos(Math.Clamp(s, 0.0, 1.0)))
            .Order()
            .ToArray();
    }

    /// <summary>The thin Q of a QR decomposition; refuses a rank-deficient matrix.</summary>
    public static Matrix<double> Orthonormal(Matrix<double> basis, string name = "basis")
    {
        var qr = basis.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var scale = Math.Max(basis.FrobeniusNorm(), double.Epsilon);
        var diagonal = qr.R.Diagonal();
        if (diagonal.Any(r => Math.Abs(r) <= 1e-12 * scale) || diagonal.Any(r => !double.IsFinite(r)))
        {
            throw new ArgumentException("The columns are not linearly independent (or not finite).", name);
        }
        return qr.Q;
    }
}
