namespace Grader.Toolkit;

/// <summary>Every point of a grid search, in grid order, and the best one: the highest development accuracy,
/// the first in grid order among equals (as scikit-learn's <c>best_index_</c>).</summary>
public sealed record GridSearchResult(IReadOnlyList<GridPoint> Points)
{
    /// <summary>The index of <see cref="Best"/> in <see cref="Points"/>.</summary>
    public int BestIndex { get; } = BestOf(Points);

    /// <summary>The point with the highest development accuracy.</summary>
    public GridPoint Best => Points[BestIndex];

    private static int BestOf(IReadOnlyList<GridPoint> points)
    {
        if (points.Count == 0)
        {
            throw new ArgumentException("A grid search has at least one point.", nameof(points));
        }
        var best = 0;
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].DevAccuracy > points[best].DevAccuracy)
            {
                best = i;
            }
        }
        return best;
    }
}
