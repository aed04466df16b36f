using Grader.Contracts;
using Grader.Toolkit;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>linear-autoencoder</c>: full-batch gradient descent on
/// L(E, D) = tr((I − DE) C (I − DE)ᵀ)/d, C = X̄ᵀX̄/m, which is the mean squared error written with the covariance.</summary>
/// <remarks>Not sealed: a variant that prepares the samples otherwise overrides <see cref="Samples"/>.</remarks>
public class LinearAutoencoder : ILinearAutoencoder
{
    private const int MaxSteps = 200_000;
    private const double GradientTolerance = 1e-13;

    public Matrix<double> Encoder { get; protected set; } = Matrix<double>.Build.Dense(0, 0);

    public Matrix<double> Decoder { get; protected set; } = Matrix<double>.Build.Dense(0, 0);

    public virtual void Fit(Matrix<double> data, int hiddenUnits)
    {
        var (m, d) = (data.RowCount, data.ColumnCount);
        var centred = Samples(data);
        var covariance = centred.TransposeThisAndMultiply(centred) / m;
        var largest = covariance.Evd().EigenValues.Real().Maximum();
        var rate = 0.25 * d / largest;

        var random = new ToolkitRandom(7);
        var e = Matrix<double>.Build.Dense(hiddenUnits, d, (_, _) => random.Uniform(-0.1, 0.1));
        var dec = e.Transpose();
        var identity = Matrix<double>.Build.DenseIdentity(d);
        for (var step = 0; step < MaxSteps; step++)
        {
            var residual = (identity - dec * e) * covariance;
            var gradD = -2.0 / d * residual * e.Transpose();
            var gradE = -2.0 / d * dec.TransposeThisAndMultiply(residual);
            dec -= rate * gradD;
            e -= rate * gradE;
            if (gradD.FrobeniusNorm() + gradE.FrobeniusNorm() < GradientTolerance * largest)
            {
                break;
            }
        }
        Encoder = e;
        Decoder = dec;
    }

    /// <summary>The samples the autoencoder learns from, one per row: the data with each column's mean taken off.</summary>
    protected virtual Matrix<double> Samples(Matrix<double> data)
    {
        var mean = data.ColumnSums() / data.RowCount;
        return data - Matrix<double>.Build.Dense(data.RowCount, data.ColumnCount, (_, c) => mean[c]);
    }
}
