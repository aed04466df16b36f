namespace Grader.Core.Problems.InfoGan;

/// <summary>What the measurement found in a trained generator.</summary>
/// <param name="CategoricalNmi">The normalised mutual information between the categorical code and the classifier's
/// digit for the generated images; NaN when an image was not finite.</param>
/// <param name="Ranks">Per continuous code, the mean Spearman ρ of the swept code with [slant, stroke width], the other
/// factors held; NaN when an image was not finite.</param>
/// <param name="Grid">Per continuous code, the picture grid: 10 rows (categories) × <see cref="InfoGanMeasurement.GridColumns"/>
/// images (the code swept over [−1, 1]), rows of images one after the other, each image 784 grey levels.</param>
public sealed record InfoGanScores(double CategoricalNmi, double[][] Ranks, float[][] Grid);
