using System.Globalization;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.LstmWorked;

/// <summary>Parts (b) and (c): the student's x, run through the problem's LSTM over the grid of small states, must
/// give the asked-for behaviour within <see cref="LstmBehaviour.Tolerance"/> everywhere. Any x that does passes.</summary>
internal sealed class LstmBehaviourCriterion(Func<IReadOnlyList<double>, LstmBehaviourResult> behaviour, string what) : ICheckCriterion
{
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"{what} within {LstmBehaviour.Tolerance} for every |h_{{t−1}}|, |C_{{t−1}}| ≤ {LstmBehaviour.StateBound}");

    public CriterionVerdict Judge(NumericArray actual, NumericArray? expected)
    {
        if (actual.Rank != 1 || actual.Data.Length != 3)
        {
            return CriterionVerdict.Shape($"x must be a vector of length 3, got a {actual.ShapeText}");
        }
        if (actual.Data.Any(v => !double.IsFinite(v)))
        {
            return CriterionVerdict.NotFinite("x has a NaN or infinite element");
        }
        var worst = behaviour(actual.Data);
        return worst.Within(LstmBehaviour.Tolerance)
            ? CriterionVerdict.Pass
            : CriterionVerdict.Wrong($"x = [{string.Join(", ", actual.Data.Select(v => v.ToString("G4", CultureInfo.InvariantCulture)))}]: {worst.Describe()}");
    }
}
