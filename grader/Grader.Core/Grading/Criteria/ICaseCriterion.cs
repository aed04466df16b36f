namespace Grader.Core.Grading.Criteria;

/// <summary>A criterion that needs the whole case, not just the quantity's value: the case's inputs (to re-run what the
/// student reported, or to read the data a tolerance depends on) and the submission's other outputs of the same case.</summary>
public interface ICaseCriterion
{
    /// <summary>The criterion in a few words, for messages.</summary>
    string Description { get; }

    /// <summary>Judges one case. The quantity's own value is <c>evidence.Actual</c>; it always has one when this is called.</summary>
    CriterionVerdict Judge(CaseEvidence evidence);
}
