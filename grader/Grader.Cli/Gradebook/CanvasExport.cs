using Grader.Core.Grading;
using CsvHelper;

namespace Grader.Cli.Gradebook;

/// <summary>canvas.csv, for Canvas's gradebook import: the student columns Canvas's own export has (Student, ID, SIS User
/// ID, SIS Login ID, Section), one score column (the assignment's total, late penalty taken off) and its Points
/// Possible line. With a roster the student columns are the roster's; without one a folder name is taken for the SIS
/// Login ID.</summary>
public static class CanvasExport
{
    public const string FileName = "canvas.csv";

    /// <returns>What the TA must know: how the column was named, graded students the roster lacks (left out of
    /// canvas.csv), roster students with no submission, and two folders that are one student.</returns>
    public static IReadOnlyList<string> Write(ClassGradebook book, string directory, CanvasColumn column, Roster? roster)
    {
        var notices = new List<string> { column.Note };
        var rows = new List<(string[] Identity, SubmissionGrade Grade)>();
        if (roster is null)
        {
            notices.Add("Without --roster, canvas.csv takes each folder name for a SIS Login ID and leaves ID and SIS User ID empty.");
            rows.AddRange(book.Rows.Select(r => (new[] { r.Student, "", "", r.Student, "" }, r.Grade)));
        }
        else
        {
            var matched = book.Rows.Select(r => (Row: r, Entry: roster.Find(r.Student))).ToArray();
            var missing = matched.Where(m => m.Entry is null).Select(m => m.Row.Student).ToArray();
            if (missing.Length > 0)
            {
                notices.Add($"Not in the roster, so left out of canvas.csv ({missing.Length}): {string.Join(", ", missing)}.");
            }
            var twice = matched.Where(m => m.Entry is not null).GroupBy(m => m.Entry!).Where(g => g.Count() > 1).ToArray();
            foreach (var group in twice)
            {
                notices.Add($"{string.Join(" and ", group.Select(m => m.Row.Student))} are one student of the roster, " +
                            $"'{group.Key.Student}' (line {group.Key.Line}): left out of canvas.csv until one submission is removed.");
            }
            var ambiguous = twice.Select(g => g.Key).ToHashSet();
            rows.AddRange(matched.Where(m => m.Entry is not null && !ambiguous.Contains(m.Entry))
                .Select(m => (new[] { m.Entry!.Student, m.Entry.Id, m.Entry.SisUserId, m.Entry.SisLoginId, m.Entry.Section }, m.Row.Grade)));
            var submitted = matched.Select(m => m.Entry).OfType<RosterEntry>().ToHashSet();
            var absent = roster.Entries.Where(e => !submitted.Contains(e)).Select(e => $"{e.Student} ({Identity(e)})").ToArray();
            if (absent.Length > 0)
            {
                notices.Add($"In the roster with no submission, so not in canvas.csv ({absent.Length}): {string.Join("; ", absent)}.");
            }
        }

        // A grade with checks the grader could not grade is not the student's score: its cell stays empty until a regrade.
        var unfinished = rows.Where(r => r.Grade.Checks.Any(c => c.Status == CheckStatus.NotGraded)).Select(r => r.Grade.Submission).ToArray();
        if (unfinished.Length > 0)
        {
            notices.Add($"Not graded in full, so left empty in canvas.csv until graded again ({unfinished.Length}): {string.Join(", ", unfinished)}.");
        }
        using var writer = new StreamWriter(Path.Combine(directory, FileName));
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, false);
        var max = book.Rows.Count == 0 ? 0 : book.Rows.Max(r => r.Grade.MaxScore);
        foreach (var line in new[] { new[] { "Student", "ID", "SIS User ID", "SIS Login ID", "Section", column.Header }, ["Points Possible", "", "", "", "", PointsText.Of(max)] }
                     .Concat(rows.Select(r => r.Identity.Append(ScoreOf(r.Grade)).ToArray())))
        {
            foreach (var field in line)
            {
                csv.WriteField(field);
            }
            csv.EndRecord();
        }
        return notices;
    }

    private static string Identity(RosterEntry entry) =>
        entry.SisLoginId.Length > 0 ? $"SIS Login ID {entry.SisLoginId}" : entry.SisUserId.Length > 0 ? $"SIS User ID {entry.SisUserId}" : $"ID {entry.Id}";

    private static string ScoreOf(SubmissionGrade grade) =>
        grade.Checks.Any(c => c.Status == CheckStatus.NotGraded) ? "" : PointsText.Of(grade.Score);
}
