using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.LinearAutoencoder;

/// <summary>The answer key with one known mistake in the samples it learns from or in the components it keeps. A linear
/// autoencoder's global minimum on a matrix of samples is the projection on the top-k eigenvectors of their
/// second-moment matrix, whatever the start or the step, so <see cref="Fit"/> writes down where the answer key's
/// gradient descent would converge: D = those eigenvectors, E = Dᵀ.</summary>
public sealed class FlawedLinearAutoencoder(AutoencoderFlaw flaw) : Reference.Solutions.LinearAutoencoder
{
    public override void Fit(Matrix<double> data, int hiddenUnits)
    {
        var samples = Samples(data);
        var evd = (samples.TransposeThisAndMultiply(samples) / data.RowCount).Evd(Symmetricity.Symmetric);
        var d = data.ColumnCount;
        // Evd of a symmetric matrix sorts eigenvalues in ascending order: the top k are the last k columns.
        var first = flaw == AutoencoderFlaw.SmallestComponents ? 0 : d - hiddenUnits;
        Decoder = evd.EigenVectors.SubMatrix(0, d, first, hiddenUnits);
        Encoder = Decoder.Transpose();
    }

    protected override Matrix<double> Samples(Matrix<double> data)
    {
        var (m, d) = (data.RowCount, data.ColumnCount);
        return flaw switch
        {
            AutoencoderFlaw.NotCentred => data,
            AutoencoderFlaw.GrandMeanCentred => data - data.Enumerate().Average(),
            AutoencoderFlaw.RowsCentred => data - Matrix<double>.Build.Dense(m, d, (r, _) => data.Row(r).Average()),
            AutoencoderFlaw.Standardised => Standardised(base.Samples(data)),
            _ => base.Samples(data),
        };
    }

    private static Matrix<double> Standardised(Matrix<double> centred) =>
        centred.MapIndexed((_, c, v) => v / StandardDeviation(centred.Column(c)));

    private static double StandardDeviation(Vector<double> centredColumn) => Math.Sqrt(centredColumn.DotProduct(centredColumn) / centredColumn.Count);
}
