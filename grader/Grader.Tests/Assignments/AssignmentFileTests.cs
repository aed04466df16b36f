using System.Text.Json.Nodes;
using Grader.Cli.Assignments;

namespace Grader.Tests.Assignments;

/// <summary>A malformed assignment file is refused with every error and its line, before anything is graded.</summary>
public sealed class AssignmentFileTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("assignment-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCaseSource(typeof(TestAssignments), nameof(TestAssignments.Ids))]
    public void The_repository_files_load(string id) => Assert.That(TestAssignments.Load(id).Id, Is.EqualTo(id));

    [Test]
    public void Wrong_total_unknown_problem_unknown_check_and_a_check_in_two_parts_are_all_listed_with_their_lines()
    {
        var gru = Gru();
        gru["total"] = 90;
        gru["problems"]!.AsArray().Add("gru-cel");
        gru["parts"]![1]!["machine"]!["checks"]!.AsArray().Add("gru-cell/h_nxt");
        gru["parts"]![2]!["machine"]!["checks"]!.AsArray().Add("gru-cell/h_next");
        var errors = Errors(gru);
        Assert.That(errors, Has.Count.EqualTo(4));
        Assert.That(errors, Has.Some.Match(@":10: unknown problem 'gru-cel'"));
        Assert.That(errors, Has.Some.Match(@":7: the parts add up to 100, not the total 90"));
        Assert.That(errors, Has.Some.Match(@":\d+: no check 'gru-cell/h_nxt': gru-cell has h_next, dx"));
        Assert.That(errors, Has.Some.Contain("is already graded in part 2.1"));
    }

    [Test]
    public void Points_that_do_not_add_up_within_a_part_are_named()
    {
        var gru = Gru();
        gru["parts"]![2]!["machine"]!["points"] = 60;
        Assert.That(Errors(gru), Has.Some.Contain("part 2.2 has 70 points but its machine and hand shares add up to 60"));
    }

    [Test]
    public void A_schema_violation_names_the_property_and_its_line()
    {
        var gru = Gru();
        gru["parts"]![0]!["hand"]!["points"] = "zero";
        var errors = Errors(gru);
        Assert.That(errors, Has.Some.Match(@":\d+: parts/0/hand/points: "));
    }

    [Test]
    public void Malformed_json_names_its_line()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\n  \"id\": \"broken\",\n  \"title\": \n}\n");
        Assert.That(AssignmentFile.Load(path, TestCatalog.All, AssignmentFile.Schema(), out var errors), Is.Null);
        Assert.That(errors.Single(), Does.StartWith($"{path}:4: not valid JSON"));
    }

    [Test]
    public void The_line_map_points_at_nested_values()
    {
        var lines = JsonLines.Of("{\n  \"a\": [\n    1,\n    { \"b\": 2 }\n  ]\n}");
        Assert.That(JsonLines.LineOf(lines, "/a/1/b"), Is.EqualTo(4));
        Assert.That(JsonLines.LineOf(lines, "/a/0"), Is.EqualTo(3));
        Assert.That(JsonLines.LineOf(lines, "/a/7"), Is.EqualTo(2), "an absent value is placed at its parent");
    }

    private static JsonObject Gru() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Assignments, "004-gru-cell.json")))!.AsObject();

    private IReadOnlyList<string> Errors(JsonObject assignment)
    {
        var path = Path.Combine(_folder, "004-gru-cell.json");
        File.WriteAllText(path, assignment.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        Assert.That(AssignmentFile.Load(path, TestCatalog.All, AssignmentFile.Schema(), out var errors), Is.Null);
        return errors;
    }
}
