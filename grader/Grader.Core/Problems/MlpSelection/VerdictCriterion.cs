using Grader.Core.Grading.Criteria;

namespace Grader.Core.Problems.MlpSelection;

/// <summary>A case criterion made of one judgement on the case's inputs and the submission's outputs. The judgement
/// may need other outputs; when one is missing the check fails and says which.</summary>
internal sealed class VerdictCriterion(string description, IReadOnlyList<string> needs, Func<CaseEvidence, Verdict> judge) : ICaseCriterion
{
    public string Description => description;

    public CriterionVerdict Judge(CaseEvidence evidence)
    {
        var missing = needs.Where(n => !evidence.Outputs.ContainsKey(n)).ToArray();
        if (missing.Length > 0)
        {
            return CriterionVerdict.Wrong($"{string.Join(" and ", missing)} could not be read (see its check), so {evidence.Quantity} cannot be judged");
        }
        if (evidence.Outputs.Where(o => needs.Contains(o.Key) || o.Key == evidence.Quantity).FirstOrDefault(o => o.Value.Data.Any(v => !double.IsFinite(v))) is { Key: { } bad })
        {
            return CriterionVerdict.NotFinite($"{bad} has a NaN or infinite number");
        }
        return judge(evidence).ToCriterionVerdict();
    }
}
