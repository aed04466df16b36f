using Grader.Core.Grading;

namespace Grader.Core.Assignments;

/// <summary>What a grade earned in one part of its assignment: the machine's share, and the hand share once a TA has
/// scored it.</summary>
/// <param name="Hand">The part's hand-graded check; null when the part has no hand share.</param>
public sealed record PartScore(PartInfo Part, double Machine, double MachineMax, CheckResult? Hand)
{
    /// <summary>Whether its hand share still waits for a TA.</summary>
    public bool HandPending => Hand is { IsPendingHand: true };

    public double Score => Machine + (Hand?.Score ?? 0);

    public double MaxScore => MachineMax + (Hand?.MaxScore ?? 0);

    /// <summary>The part's points as a student reads them, e.g. "12 / 14" or "4 / 4, graded by hand: 2 pending".</summary>
    public string Describe(Func<double, string> points)
    {
        var machine = MachineMax > 0 ? $"{points(Machine)} / {points(MachineMax)}" : "";
        if (!HandPending)
        {
            return $"{points(Score)} / {points(MaxScore)}";
        }
        var pending = Hand!.MaxScore > 0 ? $"graded by hand: {points(Hand.MaxScore)} pending" : "graded by hand: pending";
        return (machine.Length > 0 ? machine + ", " : "") + pending;
    }

    /// <summary>The grade's parts, in the text's order; empty for a practice set.</summary>
    public static IReadOnlyList<PartScore> Of(SubmissionGrade grade) =>
        grade.Assignment is not { } assignment
            ? []
            : assignment.Parts.Select(part =>
            {
                var machine = grade.Checks.Where(c => c.Part == part.Label && !c.IsManual).ToArray();
                return new PartScore(part, machine.Sum(c => c.Score), machine.Sum(c => c.MaxScore),
                    grade.Checks.FirstOrDefault(c => c.Part == part.Label && c.IsManual));
            }).ToArray();
}
