using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.LinearAutoencoder;

/// <summary>What gradient descent converges to with one known mistake. A linear autoencoder's global minimum on a matrix
/// of samples is the projection on the top-k eigenvectors of their second-moment matrix, whatever the start or the step,
/// so the flawed result is written down directly: D = those eigenvectors, E = Dᵀ.</summary>
public sealed class FlawedLinearAutoencoder(AutoencoderFlaw flaw) : ILinearAutoencoder
{
    public Matrix<double> Encoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

    public Matrix<double> Decoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

    public void Fit(Matrix<double> data, int hiddenUnits)
    {
        var samples = Samples(data);
        var evd = (samples.TransposeThisAndMultiply(samples) / data.RowCount).Evd(Symmetricity.Symmetric);
        var d = data.ColumnCount;
        // Evd of a symmetric matrix sorts eigenvalues in ascending order: the top k are the last k columns.
        var first = flaw == AutoencoderFlaw.SmallestComponents ? 0 : d - hiddenUnits;
        Decoder = evd.EigenVectors.SubMatrix(0, d, first, hiddenUnits);
        Encoder = Decoder.Transpose();
    }

    /// <summary>The samples the flawed training sees, one per row.</summary>
    private Matrix<double> Samples(Matrix<double> data)
    {
        var (m, d) = (data.RowCount, data.ColumnCount);
        var means = data.ColumnSums() / m;
        var centred = data - Matrix<double>.Build.Dense(m, d, (_, c) => means[c]);
        return flaw switch
        {
            AutoencoderFlaw.NotCentred => data,
            AutoencoderFlaw.GrandMeanCentred => data - data.Enumerate().Average(),
            AutoencoderFlaw.RowsCentred => data - Matrix<double>.Build.Dense(m, d, (r, _) => data.Row(r).Average()),
            AutoencoderFlaw.Standardised => centred.MapIndexed((_, c, v) => v / StandardDeviation(centred.Column(c))),
            _ => centred,
        };
    }

    private static double StandardDeviation(Vector<double> centredColumn) => Math.Sqrt(centredColumn.DotProduct(centredColumn) / centredColumn.Count);
}
