using System.Globalization;
using CsvHelper;
using Grader.Core.Grading;

namespace Grader.Cli.Gradebook;

/// <summary>Writes gradebook.csv: per student the score, and for an assignment the late days and penalty (0 when on
/// time or without a late policy), the points of each part (empty while a hand-graded share waits) and the number of
/// hand-graded parts still to score; then one column per problem and per check, and a count per status.</summary>
public static class GradebookWriter
{
    public const string GradebookFile = "gradebook.csv";

    /// <summary>The prefix of a part's column: <c>part 2(a)</c>.</summary>
    public const string PartPrefix = "part ";

    public static void Write(ClassGradebook book, string directory)
    {
        Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(Path.Combine(directory, GradebookFile));
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, false);
        var checks = book.CheckIds;
        var problems = book.Problems;
        var parts = book.Parts;
        var assignment = book.Assignments.Count > 0;
        var statuses = Enum.GetValues<CheckStatus>();
        IEnumerable<string> headers = ["student", "score", "max_score"];
        if (assignment)
        {
            headers = headers.Concat(["late_days", "late_penalty"]).Concat(parts.Select(p => PartPrefix + p)).Append("hand_pending");
        }
        foreach (var header in headers.Concat(problems).Concat(checks).Concat(statuses.Select(s => s.Code())))
        {
            csv.WriteField(header);
        }
        csv.EndRecord();
        foreach (var row in book.Rows)
        {
            var grade = row.Grade;
            csv.WriteField(row.Student);
            csv.WriteField(PointsText.Of(grade.Score));
            csv.WriteField(PointsText.Of(grade.MaxScore));
            if (assignment)
            {
                csv.WriteField((grade.Late?.Days ?? 0).ToString(CultureInfo.InvariantCulture));
                csv.WriteField(PointsText.Of(grade.Late?.Points ?? 0));
                var earned = row.PartScores.ToDictionary(p => p.Part, p => p.Score);
                foreach (var part in parts)
                {
                    csv.WriteField(earned.TryGetValue(part, out var score) && score is { } points ? PointsText.Of(points) : "");
                }
                csv.WriteField(grade.Checks.Count(c => c.IsPendingHand).ToString(CultureInfo.InvariantCulture));
            }
            var perProblem = row.ProblemScores.ToDictionary(p => p.Problem, p => p.Score);
            foreach (var problem in problems)
            {
                csv.WriteField(perProblem.TryGetValue(problem, out var score) ? PointsText.Of(score) : "");
            }
            var byId = grade.Checks.ToDictionary(c => c.Id);
            foreach (var id in checks)
            {
                csv.WriteField(byId.TryGetValue(id, out var check) && !check.IsPendingHand ? PointsText.Of(check.Score) : "");
            }
            foreach (var status in statuses)
            {
                csv.WriteField(grade.Checks.Count(c => c.Status == status).ToString(CultureInfo.InvariantCulture));
            }
            csv.EndRecord();
        }
    }

}
