namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary>The known wrong ways to train the autoencoder that the fixtures record, by name, with what each means for a student.</summary>
/// <remarks>Each is the converged result of a mistake in the data or the directions, so it does not depend on the
/// initialisation or the step size. A gradient with the wrong sign or a step too large diverges instead: that is
/// reported as NaN or infinity, not named.</remarks>
public static class LinearAutoencoderMistakes
{
    public const string NotCentred = "data not centred";
    public const string GrandMeanCentred = "centred by the mean of all entries";
    public const string RowsCentred = "centred by each sample's mean";
    public const string Standardised = "data standardised, not just centred";
    public const string SmallestComponents = "the k smallest principal components";

    public static IReadOnlyDictionary<string, string> Hints { get; } = new Dictionary<string, string>
    {
        [NotCentred] = "Subtract each feature's mean μ (the column means of the data) before training: on raw data the first " +
            "direction learnt points at the mean, not along the largest variance.",
        [GrandMeanCentred] = "Centre each feature (column) by its own mean; one number subtracted from every entry leaves the columns' means in.",
        [RowsCentred] = "The mean to subtract is over the samples (rows), one per feature: data.ColumnSums() / m, not each row's own mean.",
        [Standardised] = "Only centre: dividing each feature by its standard deviation changes the covariance, so the directions learnt " +
            "are those of the correlation matrix, not PCA's of the data.",
        [SmallestComponents] = "PCA keeps the directions of the largest variance. MathNet's Evd lists eigenvalues in ascending order and " +
            "its Svd singular values in descending order: take the k largest.",
    };
}
