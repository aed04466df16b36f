using System.Globalization;
using CsvHelper;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>Writes gradebook.csv (student, total, one column per problem and per check, status counts) and a
/// Canvas-importable canvas.csv.</summary>
public static class GradebookWriter
{
    public const string GradebookFile = "gradebook.csv";
    public const string CanvasFile = "canvas.csv";

    public static void Write(ClassGradebook book, string directory, string assignment)
    {
        Directory.CreateDirectory(directory);
        WriteGradebook(book, Path.Combine(directory, GradebookFile));
        WriteCanvas(book, Path.Combine(directory, CanvasFile), assignment);
    }

    private static void WriteGradebook(ClassGradebook book, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, false);
        var checks = book.CheckIds;
        var problems = book.Problems;
        var statuses = Enum.GetValues<CheckStatus>();
        foreach (var header in new[] { "student", "score", "max_score" }.Concat(problems).Concat(checks).Concat(statuses.Select(s => s.Code())))
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var row in book.Rows)
        {
            var byId = row.Grade.Checks.ToDictionary(c => c.Id);
            csv.WriteField(row.Student);
            csv.WriteField(Points(row.Grade.Score));
            csv.WriteField(Points(row.Grade.MaxScore));
            var perProblem = row.ProblemScores.ToDictionary(p => p.Problem, p => p.Score);
            foreach (var problem in problems)
            {
                csv.WriteField(perProblem.TryGetValue(problem, out var score) ? Points(score) : "");
            }
            foreach (var id in checks)
            {
                csv.WriteField(byId.TryGetValue(id, out var check) ? Points(check.Score) : "");
            }
            foreach (var status in statuses)
            {
                csv.WriteField(row.Grade.Checks.Count(c => c.Status == status).ToString(CultureInfo.InvariantCulture));
            }
            csv.EndRecord();
        }
    }

    /// <summary>Canvas's gradebook import: the student columns, then one assignment column with its points possible.</summary>
    private static void WriteCanvas(ClassGradebook book, string path, string assignment)
    {
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, false);
        foreach (var header in new[] { "Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment })
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        var max = book.Rows.Count == 0 ? 0 : book.Rows.Max(r => r.Grade.MaxScore);
        foreach (var field in new[] { "Points Possible", "", "", "", "", Points(max) })
        {
            csv.WriteField(field);
        }
        csv.EndRecord();
        foreach (var row in book.Rows)
        {
            foreach (var field in new[] { row.Student, "", "", row.Student, "", Points(row.Grade.Score) })
            {
                csv.WriteField(field);
            }
            csv.EndRecord();
        }
    }

    private static string Points(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
