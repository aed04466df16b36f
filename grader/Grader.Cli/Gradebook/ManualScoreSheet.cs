using System.Globalization;
using Grader.Core.Assignments;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>A TA's scores.csv: columns <c>student,part,level,score,comment</c> (and the template's <c>rubric</c> reminder,
/// which is not read). A line gives a rubric level of the part, or a score within 0…the part's hand points, or both when
/// they agree; a line with neither is not scored yet and is skipped. Every line is checked against the gradebook before
/// anything is written, and every problem is listed with its line and column.</summary>
public static class ManualScoreSheet
{
    public const string Student = "student";
    public const string Part = "part";
    public const string Level = "level";
    public const string Score = "score";
    public const string Comment = "comment";

    /// <summary>The template's column naming each part's levels, for the TA; ignored when read back.</summary>
    public const string Rubric = "rubric";

    public static readonly IReadOnlyList<string> Required = [Student, Part, Level, Score];

    private static readonly string[] Known = [Student, Part, Level, Score, Comment, Rubric];

    /// <summary>The scored lines of <paramref name="path"/>, checked against <paramref name="book"/>; every reason they
    /// cannot be merged is added to <paramref name="errors"/> (when any is, none should be merged).</summary>
    /// <param name="pending">Set to the number of lines left unscored.</param>
    public static IReadOnlyList<ManualScore> Read(string path, ClassGradebook book, List<string> errors, out int pending)
    {
        pending = 0;
        var table = CsvTable.Read(path, Required, errors);
        if (table is null)
        {
            return [];
        }
        foreach (var (name, index) in table.Header.Select((h, i) => (h.Trim(), i)).Where(h => !Known.Contains(h.Item1, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"{path}: line {table.HeaderLine}, column {index + 1} '{name}': not a column of scores.csv ({string.Join(", ", Known)}).");
        }
        if (table.Rows.Count == 0)
        {
            errors.Add($"{path}: line {table.HeaderLine}: the header is the only line: there are no scores to merge.");
            return [];
        }

        var students = book.Rows.ToDictionary(r => r.Student, r => r.Grade, StringComparer.Ordinal);
        var scores = new List<ManualScore>();
        var unscored = 0;
        foreach (var row in table.Rows)
        {
            if (Line(table, row, students, errors, ref unscored) is { } score)
            {
                scores.Add(score);
            }
        }
        pending = unscored;
        foreach (var repeated in scores.GroupBy(s => (s.Student, s.Part)).Where(g => g.Count() > 1))
        {
            errors.Add($"{path}: lines {string.Join(", ", repeated.Select(s => s.Line))}: part '{repeated.Key.Part}' of '{repeated.Key.Student}' is scored more than once.");
        }
        return scores;
    }

    /// <summary>One line as a score; null when it is blank, not scored yet (counted in <paramref name="pending"/>) or
    /// wrong (then with its errors added).</summary>
    private static ManualScore? Line(
        CsvTable table, CsvRow row, IReadOnlyDictionary<string, SubmissionGrade> students, List<string> errors, ref int pending)
    {
        if (row.Fields.All(f => f.Trim().Length == 0))
        {
            return null;
        }
        var cut = table.Missing(row, Required);
        if (cut.Count > 0)
        {
            errors.Add($"{table.At(row)}: the line ends before column{(cut.Count > 1 ? "s" : "")} {string.Join(", ", cut.Select(c => $"'{c}'"))} " +
                       $"({row.Fields.Count} field{(row.Fields.Count == 1 ? "" : "s")}, the header has {table.Header.Count}).");
            return null;
        }
        var (student, part, level, scoreText) = (table.Field(row, Student), table.Field(row, Part), table.Field(row, Level), table.Field(row, Score));
        var comment = table.Column(Comment) is >= 0 and var c && c < row.Fields.Count ? row.Fields[c].Trim() : "";
        var count = errors.Count;
        if (student.Length == 0)
        {
            errors.Add($"{table.At(row, Student)}: empty.");
        }
        if (part.Length == 0)
        {
            errors.Add($"{table.At(row, Part)}: empty.");
        }
        if (level.Length == 0 && scoreText.Length == 0)
        {
            if (comment.Length > 0)
            {
                errors.Add($"{table.At(row)}: a comment but neither a level nor a score: give one, or the comment would be lost.");
            }
            else if (errors.Count == count)
            {
                pending++;
            }
            return null;
        }
        double? score = null;
        if (scoreText.Length > 0)
        {
            if (double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
            {
                score = parsed;
            }
            else
            {
                errors.Add($"{table.At(row, Score)}: '{scoreText}' is not a number (write points with a decimal point, e.g. 1.5).");
            }
        }
        if (errors.Count > count)
        {
            return null;
        }

        if (!students.TryGetValue(student, out var grade))
        {
            errors.Add($"{table.At(row, Student)}: no student '{student}' in the gradebook.");
            return null;
        }
        var check = grade.Checks.FirstOrDefault(ch => ch.Id == CheckResult.ManualPrefix + part);
        if (check is null)
        {
            var parts = grade.Checks.Where(ch => ch.IsManual).Select(ch => ch.Id[CheckResult.ManualPrefix.Length..]).ToArray();
            errors.Add($"{table.At(row, Part)}: '{student}' has no hand-graded part '{part}' " +
                       (grade.Assignment is null ? "(graded as a practice set, which has none: grade with --assignment)."
                           : parts.Length == 0 ? $"({grade.Assignment.Id} has none)." : $"(hand-graded parts: {string.Join(", ", parts)})."));
            return null;
        }
        var rubric = grade.Assignment?.Parts.FirstOrDefault(p => p.Label == part)?.Rubric;
        string? chosen = null;
        if (level.Length > 0)
        {
            var found = rubric?.FirstOrDefault(l => string.Equals(l.Level, level, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                errors.Add($"{table.At(row, Level)}: no level '{level}' in the rubric of part '{part}' " +
                           (rubric is null ? "(the grade keeps no rubric: give a score instead)." : $"(levels: {Levels(rubric)})."));
                return null;
            }
            if (score is { } given && Math.Abs(given - found.Points) > 1e-9)
            {
                errors.Add($"{table.At(row, Score)}: {PointsText.Of(given)} disagrees with the level '{found.Level}', which gives {PointsText.Of(found.Points)}: give one, or make them agree.");
                return null;
            }
            (chosen, score) = (found.Level, found.Points);
        }
        if (score < 0 || score > check.MaxScore + 1e-9)
        {
            errors.Add($"{table.At(row, Score)}: {PointsText.Of(score!.Value)} is outside 0…{PointsText.Of(check.MaxScore)}, the hand-graded points of part '{part}'.");
            return null;
        }
        return new ManualScore(row.Line, student, part, chosen, score!.Value, comment);
    }

    /// <summary>The grade with its student's scores filled in: each part's points, its <see cref="CheckResult.Hand"/>
    /// (level and comment) and a message that carries the comment to results.json.</summary>
    public static SubmissionGrade Apply(SubmissionGrade grade, IEnumerable<ManualScore> scores)
    {
        var mine = scores.Where(s => s.Student == grade.Submission).ToDictionary(s => s.CheckId);
        return grade with
        {
            Checks = grade.Checks.Select(c => mine.TryGetValue(c.Id, out var s) ? Scored(c, s.Level, s.Score, s.Comment) : c).ToArray(),
        };
    }

    /// <summary>A hand-graded check with a TA's score.</summary>
    public static CheckResult Scored(CheckResult check, string? level, double score, string comment) => check with
    {
        Score = score,
        Hand = new HandScore(level, comment),
        Message = $"Scored by hand{(level is null ? "" : $" ({level})")}: {PointsText.Of(score)} / {PointsText.Of(check.MaxScore)}." +
                  (comment.Length == 0 ? "" : $"\n\n{comment}"),
    };

    /// <summary>A rubric's levels as a TA reads them: "all three = 2, some = 1, missing = 0".</summary>
    public static string Levels(IEnumerable<RubricLevel> rubric) => string.Join(", ", rubric.Select(l => $"{l.Level} = {PointsText.Of(l.Points)}"));

}
