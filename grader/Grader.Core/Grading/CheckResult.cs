using Grader.Core.Fixtures;
using Grader.Core.Reports;

namespace Grader.Core.Grading;

/// <summary>The graded result of one check.</summary>
/// <param name="Id">Stable id, e.g. <c>gru-cell/hidden/dWh</c>.</param>
/// <param name="Message">What a student reads: empty when passed; otherwise where, by how much, and the likely mistake.</param>
/// <param name="Mistake">The name of the recorded mistake the submission's output matched, if any.</param>
public sealed record CheckResult(
    string Id,
    string Problem,
    string Quantity,
    FixtureSet Set,
    CheckStatus Status,
    double Score,
    double MaxScore,
    string Message,
    string? Mistake = null)
{
    /// <summary>Figures for the feedback (a loss curve, gradient magnitudes), passed or not; empty for most checks.</summary>
    public IReadOnlyList<CheckPlot> Plots { get; init; } = [];

    public bool Passed => Status == CheckStatus.Passed;

    public string Name => $"{Problem} · {Quantity} ({Set.ToString().ToLowerInvariant()})";

    public static string MakeId(string problem, FixtureSet set, string quantity) =>
        $"{problem}/{set.ToString().ToLowerInvariant()}/{quantity}";
}
