using Grader.Cli.Pipeline;
using Grader.Core.Assignments;

namespace Grader.Cli.Gradebook;

/// <summary>The class's grades: every student folder of a batch's output (or of several shards' outputs) that holds a grade.json.</summary>
public sealed class ClassGradebook(IReadOnlyList<GradebookRow> rows)
{
    public IReadOnlyList<GradebookRow> Rows => rows;

    public static ClassGradebook Load(IEnumerable<string> outputs) => new(outputs
        .SelectMany(output => Directory.GetDirectories(output))
        .Where(folder => !Path.GetFileName(folder).StartsWith('.') && File.Exists(Path.Combine(folder, ReportWriter.GradeFile)))
        .Select(folder => new GradebookRow(Path.GetFileName(folder), ReportWriter.Read(folder)))
        .GroupBy(row => row.Student)
        .Select(g => g.Last())
        .OrderBy(row => row.Student, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Every check id, in the order the grader runs them.</summary>
    public IReadOnlyList<string> CheckIds => rows.SelectMany(r => r.Grade.Checks.Select(c => c.Id)).Distinct().ToArray();

    public IReadOnlyList<string> Problems => rows.SelectMany(r => r.Grade.Checks.Select(c => c.Problem)).Distinct().ToArray();

    /// <summary>The assignments the grades were graded for, one per id: one for a batch, none for a practice set.</summary>
    public IReadOnlyList<AssignmentInfo> Assignments =>
        rows.Select(r => r.Grade.Assignment).OfType<AssignmentInfo>().DistinctBy(a => a.Id).ToArray();

    /// <summary>The labels of the assignment's parts, in the text's order.</summary>
    public IReadOnlyList<string> Parts => Assignments.SelectMany(a => a.Parts.Select(p => p.Label)).Distinct().ToArray();
}
