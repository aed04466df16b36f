using System.Globalization;
using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>A vector of named statistics, each of which must lie in its closed interval: what random draws must
/// satisfy (a sample's mean and variance, a count of repeats) when their values cannot be compared.</summary>
public sealed class StatisticBounds(IReadOnlyList<(string Name, double Low, double High)> bounds) : ICheckCriterion
{
    public string Description => string.Join("; ", bounds.Select(b => $"{b.Name} in [{Format(b.Low)}, {Format(b.High)}]"));

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (actual.Data.Length != bounds.Count)
        {
            return CriterionVerdict.Shape($"expected {bounds.Count} statistics, got {actual.Data.Length}");
        }
        var outside = new List<string>();
        for (var i = 0; i < bounds.Count; i++)
        {
            var (name, low, high) = bounds[i];
            var value = actual.Data[i];
            if (!double.IsFinite(value))
            {
                return CriterionVerdict.NotFinite($"{name} is {Format(value)}");
            }
            if (value < low || value > high)
            {
                outside.Add($"{name} is {Format(value)}, outside [{Format(low)}, {Format(high)}]");
            }
        }
        return outside.Count == 0 ? CriterionVerdict.Pass : CriterionVerdict.Wrong(string.Join("; ", outside));
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
