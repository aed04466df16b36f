using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Cli.Assignments;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;

namespace Grader.Tests.Assignments;

/// <summary>The assignment files against the homework texts they come from: every numbered part with points in a text
/// has its entry with those points, in the text's order, and every check of every problem counts in some assignment.</summary>
public sealed partial class AssignmentTextTests
{
    /// <summary>"(2 points)", "[20 points]", "[8 marks]", "(30 Points)": how the five texts point their parts.</summary>
    [GeneratedRegex(@"[\(\[](\d+(?:\.\d+)?) (?:points?|marks?)[\)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex PointsMarker();

    public static IEnumerable<string> Ids => TestAssignments.Ids;

    [Test]
    public void There_is_one_file_per_homework_text() =>
        Assert.That(TestAssignments.Ids.Select(id => TestAssignments.Load(id).Source),
            Is.EquivalentTo(Directory.GetFiles(Path.Combine(TestPaths.Assignments, "texts"), "*.txt").Select(Path.GetFileName)));

    [TestCaseSource(nameof(Ids))]
    public void Every_pointed_part_of_the_text_has_its_entry_with_its_points(string id)
    {
        var assignment = TestAssignments.Load(id);
        var text = File.ReadAllText(Path.Combine(TestPaths.Assignments, "texts", assignment.Source));
        var nodes = Preorder(assignment.Parts).ToArray();
        var starts = new List<int>();
        foreach (var node in nodes)
        {
            var at = text.IndexOf(node.Quote, starts.Count == 0 ? 0 : starts[^1], StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{id}: the quote of part {node.Label} is not in the text after the one before it: \"{node.Quote}\"");
            starts.Add(at);
        }

        var owned = nodes.ToDictionary(n => n.Label, _ => new List<double>());
        foreach (Match marker in PointsMarker().Matches(text))
        {
            var owner = starts.FindLastIndex(s => s <= marker.Index);
            Assert.That(owner, Is.GreaterThanOrEqualTo(0), $"{id}: \"{marker.Value}\" comes before the first part of the file");
            owned[nodes[owner].Label].Add(double.Parse(marker.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        foreach (var node in nodes)
        {
            var points = owned[node.Label];
            // A part with points of its own in the text owns exactly that marker; a group may or may not state its sum.
            var expected = node.Parts is null && node.Points > 0 ? new[] { node.Points } : points.Count == 0 ? [] : [node.Points];
            Assert.That(points, Is.EqualTo(expected),
                $"{id}: part {node.Label} ({node.Points} points) against the points the text gives after its quote; a part missing from the file shows here");
        }
    }

    [Test]
    public void Every_check_of_every_problem_counts_in_some_assignment()
    {
        FixtureSet[] sets = [FixtureSet.Public, FixtureSet.Hidden];
        var all = TestCatalog.All.Problems
            .SelectMany(p => sets.SelectMany(s => p.Quantities.Select(q => Core.Grading.CheckResult.MakeId(p.Id, s, q.Name))));
        var assigned = TestAssignments.Ids.Select(TestAssignments.Load)
            .SelectMany(a => new[] { a }.SelectMany(x =>
            {
                var plan = new AssignmentPlan(x, TestCatalog.All.Only(x.Problems), sets);
                var unassigned = plan.Unassigned(TestCatalog.All.Only(x.Problems), sets).ToHashSet();
                return TestCatalog.All.Only(x.Problems).Problems.SelectMany(p => sets.SelectMany(s => p.Quantities
                    .Select(q => Core.Grading.CheckResult.MakeId(p.Id, s, q.Name)))).Where(c => !unassigned.Contains(c));
            }))
            .ToHashSet();
        Assert.That(all.Where(c => !assigned.Contains(c)), Is.Empty, "checks no assignment grades (none is practice only)");
    }

    [Test]
    public void The_totals_are_the_texts()
    {
        var totals = TestAssignments.Ids.ToDictionary(id => id, id => TestAssignments.Load(id).Total);
        Assert.That(totals.Values, Is.EqualTo(new double[] { 60, 20, 100, 25, 100 }));
    }

    [Test]
    public void Docs_assignments_md_is_the_table_of_the_files()
    {
        var expected = AssignmentTable.Markdown(TestAssignments.Ids.Select(TestAssignments.Load));
        var path = Path.Combine(TestPaths.Root, "docs", "assignments.md");
        Assert.That(File.ReadAllText(path), Is.EqualTo(expected),
            "docs/assignments.md is stale: dotnet run --project grader/Grader.Cli -- assignments --markdown > docs/assignments.md");
    }

    private static IEnumerable<AssignmentPart> Preorder(IEnumerable<AssignmentPart> parts) =>
        parts.SelectMany(p => new[] { p }.Concat(Preorder(p.Parts ?? [])));
}
