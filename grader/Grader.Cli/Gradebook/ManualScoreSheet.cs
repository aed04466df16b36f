using System.Globalization;
using CsvHelper;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>A CSV of manual scores (columns student, item, score, and optionally comment), checked against the
/// gradebook before anything is written: unknown students or items, scores outside 0…max and repeated lines are refused.</summary>
public static class ManualScoreSheet
{
    public static IReadOnlyList<ManualScore> Read(string path, List<string> errors)
    {
        var scores = new List<ManualScore>();
        using var text = new StreamReader(path);
        using var csv = CsvReader.Create(text, CsvReaderOptions.Default, false);
        var line = 1;
        while (csv.Read())
        {
            line++;
            var student = csv.GetString("student").Trim();
            var item = csv.GetString("item").Trim();
            var scoreText = csv.GetString("score").Trim();
            var comment = csv.FieldCount > 3 ? csv.GetString("comment") : "";
            if (!double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score))
            {
                errors.Add($"line {line}: the score '{scoreText}' is not a number.");
                continue;
            }
            scores.Add(new ManualScore(line, student, item, score, comment));
        }
        return scores;
    }

    /// <summary>Every reason the scores cannot be merged into <paramref name="book"/>; empty when they can.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ManualScore> scores, ClassGradebook book)
    {
        var errors = new List<string>();
        var students = book.Rows.ToDictionary(r => r.Student);
        foreach (var score in scores)
        {
            if (!students.TryGetValue(score.Student, out var row))
            {
                errors.Add($"line {score.Line}: no student '{score.Student}' in the gradebook.");
                continue;
            }
            var check = row.Grade.Checks.FirstOrDefault(c => c.Id == CheckResult.ManualPrefix + score.Item);
            if (check is null)
            {
                var known = row.Grade.Checks.Where(c => c.IsManual).Select(c => c.Id[CheckResult.ManualPrefix.Length..]);
                errors.Add($"line {score.Line}: no manual item '{score.Item}' in the rubric (known: {string.Join(", ", known)}).");
            }
            else if (score.Score < 0 || score.Score > check.MaxScore)
            {
                errors.Add($"line {score.Line}: {score.Score} for '{score.Item}' is outside 0…{check.MaxScore}.");
            }
        }
        foreach (var repeated in scores.GroupBy(s => (s.Student, s.Item)).Where(g => g.Count() > 1))
        {
            errors.Add($"lines {string.Join(", ", repeated.Select(s => s.Line))}: '{repeated.Key.Item}' of '{repeated.Key.Student}' is scored more than once.");
        }
        return errors;
    }

    /// <summary>The grade with the manual scores of its student filled in.</summary>
    public static SubmissionGrade Apply(SubmissionGrade grade, IEnumerable<ManualScore> scores)
    {
        var mine = scores.Where(s => s.Student == grade.Submission).ToDictionary(s => CheckResult.ManualPrefix + s.Item);
        return grade with
        {
            Checks = grade.Checks.Select(c => mine.TryGetValue(c.Id, out var s)
                ? c with { Score = s.Score, Message = s.Comment.Length == 0 ? $"Scored by a TA: {s.Score} / {c.MaxScore}." : s.Comment }
                : c).ToArray(),
        };
    }
}
