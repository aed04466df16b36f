using System.Collections;

namespace Grader.Toolkit;

/// <summary>Every combination of named hyper-parameter values, in scikit-learn's <c>ParameterGrid</c> order:
/// names sorted, the last name varying fastest.</summary>
public sealed class ParameterGrid : IEnumerable<IReadOnlyDictionary<string, object>>
{
    private readonly (string Name, object[] Values)[] _axes;

    /// <summary>A grid of the given names and values, e.g. <c>["solver"] = ["sgd", "adam"]</c>.</summary>
    /// <exception cref="ArgumentException">A name with no values.</exception>
    public ParameterGrid(IReadOnlyDictionary<string, object[]> grid)
    {
        _axes = grid.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)).ToArray();
        var empty = _axes.FirstOrDefault(a => a.Values.Length == 0);
        if (empty.Name is not null)
        {
            throw new ArgumentException($"The grid gives no values for {empty.Name}.", nameof(grid));
        }
    }

    /// <summary>The hyper-parameter names, sorted.</summary>
    public IReadOnlyList<string> Names => _axes.Select(a => a.Name).ToArray();

    /// <summary>The number of combinations.</summary>
    public int Count => _axes.Aggregate(1, (product, axis) => product * axis.Values.Length);

    /// <summary>The combinations, each name → value.</summary>
    public IEnumerator<IReadOnlyDictionary<string, object>> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            var point = new Dictionary<string, object>(StringComparer.Ordinal);
            var rest = index;
            for (var a = _axes.Length - 1; a >= 0; a--)
            {
                point[_axes[a].Name] = _axes[a].Values[rest % _axes[a].Values.Length];
                rest /= _axes[a].Values.Length;
            }
            yield return point;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
