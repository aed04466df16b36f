namespace Grader.Core.Problems.InfoGan;

/// <summary>Digit images with their labels and, for procedural digits, their true factors.</summary>
/// <param name="Images">Each image is 784 grey levels in [0, 1], row by row.</param>
/// <param name="Labels">The digit of each image.</param>
/// <param name="Factors">The factors each image was drawn with; null for data read from files (MNIST).</param>
public sealed record DigitSet(float[][] Images, int[] Labels, DigitFactors[]? Factors)
{
    public int Count => Images.Length;
}
