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
    public const string ManualPrefix = "manual/";

    /// <summary>Figures for the feedback (a loss curve, gradient magnitudes), passed or not; empty for most checks.</summary>
    public IReadOnlyList<CheckPlot> Plots { get; init; } = [];

    /// <summary>The assignment part the check counts for (e.g. <c>2.2</c>); null when graded as a practice set.</summary>
    public string? Part { get; init; }

    /// <summary>A TA's score of a hand-graded part; null while it waits for one.</summary>
    public HandScore? Hand { get; init; }

    public bool IsPendingHand => IsManual && Hand is null;

    /// <summary>Manual items count as passed for "what failed" summaries: a TA's score is not a failure.</summary>
    public bool Passed => Status is CheckStatus.Passed or CheckStatus.Manual;

    public bool IsManual => Id.StartsWith(ManualPrefix, StringComparison.Ordinal);

    /// <summary>The check within its problem: the quantity and the fixture set, or that a TA scores it.</summary>
    public string Label => IsManual ? $"{Quantity} (graded by hand)" : $"{Quantity} ({Set.ToString().ToLowerInvariant()})";

    public string Name => Part is null ? $"{Problem} · {Label}" : $"{Part} · {Problem} · {Label}";

    public static string MakeId(string problem, FixtureSet set, string quantity) =>
        $"{problem}/{set.ToString().ToLowerInvariant()}/{quantity}";
}
