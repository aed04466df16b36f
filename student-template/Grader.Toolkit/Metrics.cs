namespace Grader.Toolkit;

/// <summary>Scores of predictions, as scikit-learn's <c>metrics</c>.</summary>
public static class Metrics
{
    /// <summary>The fraction of predictions equal to the truth (<c>accuracy_score</c>).</summary>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static double Accuracy(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count || truth.Count == 0)
        {
            throw new ArgumentException($"Accuracy needs two lists of the same non-zero length, got {truth.Count} and {predicted.Count}.");
        }
        var correct = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i] == predicted[i])
            {
                correct++;
            }
        }
        return (double)correct / truth.Count;
    }
}
