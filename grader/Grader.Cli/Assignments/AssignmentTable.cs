using System.Text;
using Grader.Core.Assignments;

namespace Grader.Cli.Assignments;

/// <summary>docs/assignments.md: for each assignment, its numbered parts, their points and where each is graded.</summary>
public static class AssignmentTable
{
    public static string Markdown(IEnumerable<Assignment> assignments)
    {
        var text = new StringBuilder();
        text.Append("# Assignments\n\n");
        text.Append("The five homework sets, as their texts (assignments/texts/) number and point them. Each is a file in\n");
        text.Append("assignments/, checked against assignments/assignment.schema.json; `grader assignments` checks them all and\n");
        text.Append("prints this page (`grader assignments --markdown > docs/assignments.md`); a test keeps it current.\n");
        text.Append("A part graded by the machine shares its points among its checks in proportion to their own points, on the\n");
        text.Append("public and the hidden fixtures alike; a hand-graded part is scored by a TA with its rubric (`grader merge --manual`).\n");
        foreach (var assignment in assignments)
        {
            text.Append($"\n## `{assignment.Id}`: {assignment.Title}\n\n");
            text.Append($"Text: [{assignment.Source}](../assignments/texts/{assignment.Source}). Problems: {string.Join(", ", assignment.Problems.Select(p => $"`{p}`"))}. ");
            text.Append($"Total {PointsText.Of(assignment.Total)}: machine {PointsText.Of(assignment.MachinePoints)}, by hand {PointsText.Of(assignment.HandPoints)}. ");
            text.Append(assignment.Due is { } due ? $"Due {due:yyyy-MM-dd HH:mm zzz}; " : "No due date in the text; ");
            text.Append($"hidden checks shown {assignment.HiddenVisibility.Replace('_', ' ')}.\n\n");
            text.Append("| part | title | points | machine: checks | by hand: what (rubric levels) |\n|---|---|---|---|---|\n");
            foreach (var (part, depth) in Flatten(assignment.Parts, 0))
            {
                var machine = part.Machine is { } m ? $"{PointsText.Of(m.Points)}: {string.Join(", ", m.Checks.Select(c => $"`{c}`"))}" : "";
                var hand = part.Hand is { } h
                    ? $"{PointsText.Of(h.Points)}: {h.What} ({string.Join("; ", h.Rubric.Select(l => $"{l.Level} {PointsText.Of(l.Points)}"))})"
                    : "";
                var label = depth == 0 ? $"**{part.Label}**" : part.Label;
                text.Append($"| {label} | {part.Title} | {PointsText.Of(part.Points)} | {(part.Parts is null ? machine : "its sub-parts")} | {hand} |\n");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<(AssignmentPart Part, int Depth)> Flatten(IEnumerable<AssignmentPart> parts, int depth) =>
        parts.SelectMany(p => new[] { (p, depth) }.Concat(Flatten(p.Parts ?? [], depth + 1)));
}
