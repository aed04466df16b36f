using Grader.Core.Numerics;

namespace Grader.Core.Grading.Criteria;

/// <summary>What a quantity must satisfy when the question is not "close to the expected value": a loss below a target,
/// a property of the values, a reported history that must be reproduced.</summary>
public interface ICheckCriterion
{
    /// <summary>The criterion in a few words, for messages, e.g. "the final loss is below 0.05".</summary>
    string Description { get; }

    /// <summary>Judges one case's value. <paramref name="expected"/> is the reference's value when the fixture has one;
    /// a criterion may ignore it.</summary>
    CriterionVerdict Judge(NumericArray actual, NumericArray? expected);
}
