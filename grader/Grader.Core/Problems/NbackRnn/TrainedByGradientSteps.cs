using Grader.Core.Grading.Criteria;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>A training check of <c>nback-rnn</c>: Train's first and last epochs must be gradient-descent steps along the
/// submission's own Gradients (<see cref="NbackTrainingSteps"/>), and then the value must satisfy <paramref name="then"/>.</summary>
/// <remarks>Both training checks carry the steps, so a run that reaches the target by another rule loses both, as a
/// wrong value whose message names the epoch and the weight.</remarks>
internal sealed class TrainedByGradientSteps(ICheckCriterion then) : ICaseCriterion
{
    public string Description => $"Train's first and last epochs are gradient-descent steps on your Gradients with one η > 0, and {then.Description}";

    public CriterionVerdict Judge(CaseEvidence evidence) =>
        NbackTrainingSteps.Problem(evidence.Outputs) is { } problem
            ? CriterionVerdict.Wrong(problem)
            : then.Judge(evidence.Actual, evidence.Expected.GetValueOrDefault(evidence.Quantity));
}
