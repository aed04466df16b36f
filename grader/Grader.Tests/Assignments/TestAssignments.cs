using Grader.Cli.Assignments;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;

namespace Grader.Tests.Assignments;

/// <summary>The repository's assignment files, read as the grader reads them.</summary>
internal static class TestAssignments
{
    public static IReadOnlyList<string> Ids { get; } = Directory.GetFiles(TestPaths.Assignments, "*.json")
        .Where(f => Path.GetFileName(f) != AssignmentFile.SchemaFile)
        .Select(f => Path.GetFileNameWithoutExtension(f)!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static Assignment Load(string id) =>
        AssignmentFile.Load(Path.Combine(TestPaths.Assignments, id + ".json"), TestCatalog.All, AssignmentFile.Schema(), out var errors)
        ?? throw new InvalidDataException(string.Join("\n", errors));

    /// <summary>Every part, groups and their sub-parts alike, in the text's order.</summary>
    public static IEnumerable<AssignmentPart> AllParts(Assignment assignment) => Walk(assignment.Parts);

    private static IEnumerable<AssignmentPart> Walk(IEnumerable<AssignmentPart> parts) => parts.SelectMany(p => Walk(p.Parts ?? []).Prepend(p));

    public static AssignmentPlan Plan(string id, params FixtureSet[] sets)
    {
        var assignment = Load(id);
        return new AssignmentPlan(assignment, TestCatalog.All.Only(assignment.Problems), sets.Length == 0 ? [FixtureSet.Public, FixtureSet.Hidden] : sets);
    }
}
