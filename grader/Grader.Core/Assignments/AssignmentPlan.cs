using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Core.Assignments;

/// <summary>An assignment laid over the checks the grader runs: which part each check belongs to and what share of the
/// part's machine points it carries, and the pending hand-graded parts. Applying it turns a grade of the problems into
/// a grade of the assignment, in the text's points.</summary>
public sealed class AssignmentPlan
{
    private readonly Dictionary<string, (int Order, string Part, double Factor)> machine = new(StringComparer.Ordinal);
    private readonly List<(int Order, CheckResult Check)> hand = [];

    /// <param name="includeHand">False for a machine-only grading (Gradescope), where hand parts are its own questions.</param>
    public AssignmentPlan(Assignment assignment, ProblemCatalog catalog, IReadOnlyList<FixtureSet> sets, bool includeHand = true)
    {
        Assignment = assignment;
        var leaves = assignment.Leaves.ToArray();
        for (var order = 0; order < leaves.Length; order++)
        {
            var part = leaves[order];
            var planned = part.Machine is null ? [] : PlannedChecks(part.Machine, assignment, catalog, sets).ToArray();
            var weight = planned.Sum(c => c.Points);
            foreach (var (id, _, points) in planned)
            {
                machine[id] = (order, part.Label, weight == 0 ? 0 : part.Machine!.Points / weight);
            }
            if (part.Hand is { } grading && includeHand)
            {
                var problem = grading.Problem ?? planned.Select(c => c.Problem).FirstOrDefault() ?? assignment.Problems[0];
                hand.Add((order, new CheckResult(CheckResult.ManualPrefix + part.Label, problem, grading.What, FixtureSet.Public,
                    CheckStatus.Manual, 0, grading.Points, $"Graded by hand: {grading.What}. Not scored yet.") { Part = part.Label }));
            }
        }
        Info = new AssignmentInfo(assignment.Id, assignment.Title, assignment.HiddenVisibility,
            leaves.Select(p => new PartInfo(p.Label, p.Title, (p.Machine?.Points ?? 0) + (includeHand ? p.Hand?.Points ?? 0 : 0), p.GradedBy)
            {
                HandPoints = includeHand ? p.Hand?.Points ?? 0 : 0,
                Rubric = includeHand ? p.Hand?.Rubric : null,
            }).ToArray());
    }

    public Assignment Assignment { get; }

    /// <summary>What a grade keeps of the assignment, so that its reports can be rendered again without the file.</summary>
    public AssignmentInfo Info { get; }

    /// <summary>What the assignment's late policy takes off a submission made at <paramref name="submitted"/>: the started
    /// days after the due date, and that many times the policy's percentage of the total, up to its cap. Null when the
    /// submission is on time or the assignment has no late policy.</summary>
    public LatePenalty? Late(DateTimeOffset submitted)
    {
        if (Assignment.LatePolicy is not { } policy || Assignment.Due is not { } due)
        {
            return null;
        }
        var days = LatePolicy.DaysLate(due, submitted);
        return days == 0 ? null : new LatePenalty(submitted, days, policy.Penalty(Info.Total, days));
    }

    /// <summary>The checks of the assignment's problems that no part grades.</summary>
    public IEnumerable<string> Unassigned(ProblemCatalog catalog, IReadOnlyList<FixtureSet> sets) =>
        catalog.Problems.Where(p => Assignment.Problems.Contains(p.Id))
            .SelectMany(p => sets.SelectMany(s => p.Quantities.Select(q => CheckResult.MakeId(p.Id, s, q.Name))))
            .Where(id => !machine.ContainsKey(id));

    /// <summary>The grade in the assignment's parts and points: each check of a part rescaled to its share, checks no part
    /// grades left out, and the hand-graded parts added as pending. A grade already in an assignment's points is returned as it is.</summary>
    public SubmissionGrade Apply(SubmissionGrade grade)
    {
        if (grade.Assignment is not null)
        {
            return grade;
        }
        var graded = grade.Checks
            .Where(c => machine.ContainsKey(c.Id))
            .Select(c => (machine[c.Id].Order, Check: c with
            {
                Score = c.Score * machine[c.Id].Factor,
                MaxScore = c.MaxScore * machine[c.Id].Factor,
                Part = machine[c.Id].Part,
            }));
        var checks = graded.Concat(hand)
            .Select((c, index) => (c.Order, c.Check, index))
            .OrderBy(c => c.Order).ThenBy(c => c.index)
            .Select(c => c.Check)
            .ToArray();
        return grade with { Checks = checks, Assignment = Info };
    }

    private static IEnumerable<(string Id, string Problem, double Points)> PlannedChecks(
        MachineGrading grading, Assignment assignment, ProblemCatalog catalog, IReadOnlyList<FixtureSet> sets) =>
        from problem in catalog.Problems
        where assignment.Problems.Contains(problem.Id)
        from set in sets
        from quantity in problem.Quantities
        where grading.Checks.Any(selector => CheckSelector.Matches(selector, problem.Id, quantity.Name))
        select (CheckResult.MakeId(problem.Id, set, quantity.Name), problem.Id, quantity.Points);
}
