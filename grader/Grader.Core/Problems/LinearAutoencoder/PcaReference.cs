using Grader.Core.Grading;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary>What PCA gives on a data set: its centred form, singular values, the first k principal directions
/// and the least mean squared error any rank-k linear map reaches.</summary>
[GraderSide]
public sealed record PcaReference(Matrix<double> Centred, double[] SingularValues, Matrix<double> Basis, double OptimalError)
{
    public static PcaReference Of(Matrix<double> data, int k)
    {
        var (m, d) = (data.RowCount, data.ColumnCount);
        var mean = data.ColumnSums() / m;
        var centred = data - Matrix<double>.Build.Dense(m, d, (_, c) => mean[c]);
        var svd = centred.Svd(computeVectors: true);
        var sigma = svd.S.ToArray();
        var basis = svd.VT.SubMatrix(0, k, 0, d).Transpose();
        var optimal = sigma.Skip(k).Sum(s => s * s) / (m * (double)d);
        return new PcaReference(centred, sigma, basis, optimal);
    }

    /// <summary>The mean squared error (1/(m·d)) Σ ‖x̄ − D E x̄‖² of an encoder and decoder on the centred data.</summary>
    public double Error(Matrix<double> encoder, Matrix<double> decoder)
    {
        var residual = Centred - Centred * encoder.Transpose() * decoder.Transpose();
        var norm = residual.FrobeniusNorm();
        return norm * norm / (Centred.RowCount * (double)Centred.ColumnCount);
    }
}
