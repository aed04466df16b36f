using Grader.Core.Grading.Criteria;

namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary>The principal angles of a case must all be within <see cref="SubspaceVerdict"/>'s tolerance for that case's
/// data: 0.01 rad on a well-separated spectrum, wider (at most 0.2 rad) when σ_{k+1}/σ_k &gt; 0.9, with the reason said.</summary>
internal sealed class SubspaceCriterion : ICaseCriterion
{
    public string Description =>
        $"every principal angle ≤ {SubspaceVerdict.Tolerance} rad, widened up to 0.2 rad when σ_{{k+1}}/σ_k > {SubspaceVerdict.CloseGapRatio}";

    public CriterionVerdict Judge(CaseEvidence evidence)
    {
        var k = (int)evidence.Inputs["k"].ToScalar();
        var angles = evidence.Actual;
        if (angles.Rank != 1 || angles.Data.Length != k)
        {
            return CriterionVerdict.Shape($"expected {k} angles, got a {angles.ShapeText}");
        }
        if (angles.Data.Any(a => !double.IsFinite(a)))
        {
            return CriterionVerdict.NotFinite("an angle is NaN or infinite: the decoder has a NaN or infinite weight");
        }
        var pca = PcaReference.Of(evidence.Inputs["data"].ToMatrix(), k);
        var verdict = SubspaceVerdict.Judge(angles.Data, SubspaceVerdict.GapRatio(pca.SingularValues, k), k);
        return verdict.ToCriterionVerdict();
    }
}
