using System.Globalization;

namespace Grader.Core.Problems.LstmWorked;

/// <summary>The worst state of a behaviour check and the signed error there (what the LSTM gives minus what was asked).</summary>
public sealed record LstmBehaviourResult(double HPrev, double CPrev, double Error)
{
    public bool Within(double tolerance) => Math.Abs(Error) <= tolerance;

    /// <summary>The feedback line, e.g. "worst at h_{t−1} = 0.1, C_{t−1} = −0.1: off by 0.0032".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"worst at h_{{t−1}} = {HPrev:0.###}, C_{{t−1}} = {CPrev:0.###}: off by {Error:G3}");
}
