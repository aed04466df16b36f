using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Assignments;

/// <summary>What the schema cannot say of an assignment: its problems and checks exist, every check counts for one part
/// only, and the points add up, part by part and to the total.</summary>
public static class AssignmentRules
{
    private const double Slack = 1e-9;

    /// <returns>Each error with the JSON pointer of the value it is about.</returns>
    public static IEnumerable<(string Pointer, string Message)> Check(Assignment assignment, string fileStem, ProblemCatalog catalog)
    {
        if (assignment.Id != fileStem)
        {
            yield return ("/id", $"the id '{assignment.Id}' differs from the file's name '{fileStem}'");
        }
        for (var i = 0; i < assignment.Problems.Count; i++)
        {
            if (catalog.Find(assignment.Problems[i]) is null)
            {
                yield return ($"/problems/{i}", $"unknown problem '{assignment.Problems[i]}' (known: {string.Join(", ", catalog.Problems.Select(p => p.Id))})");
            }
        }
        if (assignment.HiddenVisibility == "after_due_date" && assignment.Due is null)
        {
            yield return ("/hidden_visibility", "hidden checks shown after the due date need a due date");
        }
        if (assignment.LatePolicy is not null && assignment.Due is null)
        {
            yield return ("/late_policy", "a late policy needs a due date");
        }
        var sum = assignment.Parts.Sum(p => p.Points);
        if (Math.Abs(sum - assignment.Total) > Slack)
        {
            yield return ("/total", $"the parts add up to {PointsText.Of(sum)}, not the total {PointsText.Of(assignment.Total)}");
        }
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in Parts(assignment.Parts, "/parts", assignment, catalog, labels, owners))
        {
            yield return error;
        }
    }

    private static IEnumerable<(string, string)> Parts(
        IReadOnlyList<AssignmentPart> parts, string at, Assignment assignment, ProblemCatalog catalog,
        HashSet<string> labels, Dictionary<string, string> owners)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var (part, here) = (parts[i], $"{at}/{i}");
            if (!labels.Add(part.Label))
            {
                yield return ($"{here}/label", $"the part '{part.Label}' appears twice");
            }
            if (part.Parts is { } children)
            {
                if (part.Machine is not null || part.Hand is not null)
                {
                    yield return (here, $"part {part.Label} has sub-parts, so its grading belongs to them, not to it");
                }
                var sum = children.Sum(c => c.Points);
                if (Math.Abs(sum - part.Points) > Slack)
                {
                    yield return ($"{here}/points", $"part {part.Label} has {PointsText.Of(part.Points)} points but its sub-parts add up to {PointsText.Of(sum)}");
                }
                foreach (var error in Parts(children, $"{here}/parts", assignment, catalog, labels, owners))
                {
                    yield return error;
                }
                continue;
            }
            if (part.Machine is null && part.Hand is null)
            {
                yield return (here, $"part {part.Label} says neither how the machine grades it nor how a TA does");
                continue;
            }
            var graded = (part.Machine?.Points ?? 0) + (part.Hand?.Points ?? 0);
            if (Math.Abs(graded - part.Points) > Slack)
            {
                yield return ($"{here}/points", $"part {part.Label} has {PointsText.Of(part.Points)} points but its machine and hand shares add up to {PointsText.Of(graded)}");
            }
            if (part.Machine is { } machine)
            {
                for (var c = 0; c < machine.Checks.Count; c++)
                {
                    foreach (var error in Selector(machine.Checks[c], $"{here}/machine/checks/{c}", part.Label, assignment, catalog, owners))
                    {
                        yield return error;
                    }
                }
            }
            if (part.Hand is { } hand)
            {
                foreach (var error in Hand(hand, $"{here}/hand", part.Label, assignment))
                {
                    yield return error;
                }
            }
        }
    }

    private static IEnumerable<(string, string)> Selector(
        string selector, string at, string label, Assignment assignment, ProblemCatalog catalog, Dictionary<string, string> owners)
    {
        var slash = selector.IndexOf('/');
        var (problemId, quantity) = (selector[..slash], selector[(slash + 1)..]);
        if (!assignment.Problems.Contains(problemId))
        {
            yield return (at, $"the check '{selector}' is of '{problemId}', which is not among the assignment's problems");
            yield break;
        }
        if (catalog.Find(problemId) is not { } problem)
        {
            yield break; // The unknown problem is reported once, at /problems.
        }
        var matched = problem.Quantities.Where(q => CheckSelector.Matches(selector, problemId, q.Name)).ToArray();
        if (matched.Length == 0)
        {
            yield return (at, $"no check '{selector}': {problemId} has {string.Join(", ", problem.Quantities.Select(q => q.Name))}");
        }
        foreach (var q in matched)
        {
            var key = $"{problemId}/{q.Name}";
            if (owners.TryGetValue(key, out var owner) && owner != label)
            {
                yield return (at, $"the check '{key}' is already graded in part {owner}; a check counts for one part only");
            }
            owners[key] = label;
        }
    }

    private static IEnumerable<(string, string)> Hand(HandGrading hand, string at, string label, Assignment assignment)
    {
        if (hand.Problem is { } problem && !assignment.Problems.Contains(problem))
        {
            yield return ($"{at}/problem", $"part {label} is filed under '{problem}', which is not among the assignment's problems");
        }
        for (var l = 0; l < hand.Rubric.Count; l++)
        {
            if (hand.Rubric[l].Points > hand.Points + Slack)
            {
                yield return ($"{at}/rubric/{l}/points", $"the level '{hand.Rubric[l].Level}' of part {label} gives {PointsText.Of(hand.Rubric[l].Points)} of its {PointsText.Of(hand.Points)} points");
            }
        }
        if (hand.Rubric.All(r => Math.Abs(r.Points - hand.Points) > Slack))
        {
            yield return ($"{at}/rubric", $"no level of part {label}'s rubric gives its full {PointsText.Of(hand.Points)} points");
        }
        foreach (var repeated in hand.Rubric.GroupBy(r => r.Level, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return ($"{at}/rubric", $"the level '{repeated.Key}' of part {label} appears twice");
        }
    }
}
