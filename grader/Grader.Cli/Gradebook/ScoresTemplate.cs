using System.Globalization;
using CsvHelper;

namespace Grader.Cli.Gradebook;

/// <summary>scores-template.csv: one line per student and hand-graded part, in the columns <c>grader merge --manual</c>
/// reads, with the part's rubric levels in the last column for the TA. Parts already scored keep their level, score
/// and comment, so the TA can go on filling the same file.</summary>
public static class ScoresTemplate
{
    public const string FileName = "scores-template.csv";

    /// <returns>The number of lines written; no file is written (and a stale one is removed) when no grade has a
    /// hand-graded part.</returns>
    public static int Write(ClassGradebook book, string directory)
    {
        var path = Path.Combine(directory, FileName);
        var lines = (from row in book.Rows
                     from check in row.Grade.Checks
                     where check.IsManual
                     select (row, check)).ToArray();
        if (lines.Length == 0)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            return 0;
        }
        using var writer = new StreamWriter(path);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, false);
        foreach (var header in new[] { ManualScoreSheet.Student, ManualScoreSheet.Part, ManualScoreSheet.Level, ManualScoreSheet.Score, ManualScoreSheet.Comment, ManualScoreSheet.Rubric })
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var (row, check) in lines)
        {
            var part = check.Id[Grader.Core.Grading.CheckResult.ManualPrefix.Length..];
            var rubric = row.Grade.Assignment?.Parts.FirstOrDefault(p => p.Label == part)?.Rubric;
            var hand = check.Hand;
            csv.WriteField(row.Student);
            csv.WriteField(part);
            csv.WriteField(hand?.Level ?? "");
            csv.WriteField(hand is null ? "" : check.Score.ToString("0.####", CultureInfo.InvariantCulture));
            csv.WriteField(hand?.Comment ?? "");
            csv.WriteField($"{check.Quantity}: 0…{check.MaxScore.ToString("0.####", CultureInfo.InvariantCulture)}" +
                           (rubric is null ? "" : $"; levels {ManualScoreSheet.Levels(rubric)}"));
            csv.EndRecord();
        }
        return lines.Length;
    }
}
