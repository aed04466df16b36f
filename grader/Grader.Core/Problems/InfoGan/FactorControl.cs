using System.Globalization;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.InfoGan;

/// <summary>A continuous code's mean rank correlations with [slant, stroke width]: the stronger one, in absolute value,
/// must reach <paramref name="threshold"/>.</summary>
internal sealed class FactorControl(double threshold, string code) : ICheckCriterion
{
    public double Threshold => threshold;

    public string Description => $"sweeping {code} changes the slant or the stroke width monotonically, |Spearman ρ| ≥ {Format(threshold)}";

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (actual.Rank != 1 || actual.Data.Length != InfoGanMeasurement.FactorNames.Length)
        {
            return CriterionVerdict.Shape($"expected a vector of {InfoGanMeasurement.FactorNames.Length}, got a {actual.ShapeText}");
        }
        if (!actual.Data.All(double.IsFinite))
        {
            return CriterionVerdict.NotFinite($"{code}: a generated image was NaN or infinite");
        }
        var best = actual.Data[0] * actual.Data[0] >= actual.Data[1] * actual.Data[1] ? 0 : 1;
        var found = string.Join(", ", InfoGanMeasurement.FactorNames.Select((name, i) => $"ρ with {name} {Format(actual.Data[i])}"));
        return Math.Abs(actual.Data[best]) >= threshold
            ? CriterionVerdict.Pass
            : CriterionVerdict.Wrong($"sweeping {code} from −1 to 1 gives {found}: it controls neither " +
                                     $"(|ρ| below {Format(threshold)}); the other codes and the noise were held");
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
