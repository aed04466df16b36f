using Grader.Core.Fixtures;
using Grader.Core.Numerics;

namespace Grader.Core.Reports;

/// <summary>Draws what a submission produced for one quantity of one case, for the feedback.</summary>
public interface IQuantityPlot
{
    /// <summary>The figures for one case; none when the value cannot be drawn (nothing finite).</summary>
    /// <param name="expected">The reference's value of the quantity, when the fixture has one.</param>
    IEnumerable<CheckPlot> Draw(Fixture fixture, NumericArray actual, NumericArray? expected);
}
