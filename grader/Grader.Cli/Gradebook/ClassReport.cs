namespace Grader.Cli.Gradebook;

/// <summary>Everything a batch or a merge writes for the class: gradebook.csv, canvas.csv, scores-template.csv (when
/// there are hand-graded parts) and summary.txt, which holds the run's notices too.</summary>
public static class ClassReport
{
    public const string SummaryFile = "summary.txt";

    /// <param name="column">canvas.csv's score column: <c>--canvas-column</c>, or null for the assignment's title
    /// ("Homework" for a practice set).</param>
    /// <param name="notices">What the run itself has to say (hand scores dropped, shards missing).</param>
    /// <returns>The summary, as written to summary.txt.</returns>
    public static string Write(ClassGradebook book, string directory, string? column, Roster? roster, IEnumerable<string> notices)
    {
        Directory.CreateDirectory(directory);
        GradebookWriter.Write(book, directory);
        var all = notices.ToList();
        all.AddRange(CanvasExport.Write(book, directory, CanvasColumn.Resolve(column ?? DefaultColumn(book), roster), roster));
        var lines = ScoresTemplate.Write(book, directory);
        if (lines > 0)
        {
            all.Add($"{ScoresTemplate.FileName}: {lines} lines (student × hand-graded part) for grader merge --manual.");
        }
        var summary = ClassSummary.Render(book, all);
        File.WriteAllText(Path.Combine(directory, SummaryFile), summary);
        return summary;
    }

    /// <summary>The assignment's title, or "Homework" for a practice set.</summary>
    public static string DefaultColumn(ClassGradebook book) => book.Assignments is [var one] ? one.Title : "Homework";
}
