using System.CommandLine;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;

namespace Grader.Cli.Commands;

/// <summary><c>grader merge INPUT... --out DIR [--manual scores.csv]</c>: joins the outputs of shards into one
/// gradebook and fills in the scores TAs gave by hand. Checks everything before writing anything.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("outputs") { Description = "Batch output folders (e.g. one per shard).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where the merged reports and gradebook go.", Required = true };
        var manual = new Option<string?>("--manual") { Description = "A CSV of manual scores: student,item,score[,comment]." };
        var assignment = new Option<string>("--assignment") { Description = "The assignment's column name in canvas.csv.", DefaultValueFactory = _ => "Homework" };
        var command = new Command("merge", "Join shard outputs into one gradebook; merge manual scores.") { inputs, output, manual, assignment };
        command.SetAction(parse =>
        {
            var sources = parse.GetValue(inputs)!.Select(Path.GetFullPath).ToArray();
            var target = Path.GetFullPath(parse.GetValue(output)!);
            var errors = sources.Where(s => !Directory.Exists(s)).Select(s => $"{s} is not a folder.").ToList();
            if (errors.Count == 0)
            {
                errors.AddRange(Conflicts(sources));
            }
            var book = errors.Count == 0 ? ClassGradebook.Load(sources) : new ClassGradebook([]);
            var scores = new List<ManualScore>();
            if (errors.Count == 0 && parse.GetValue(manual) is { } sheet)
            {
                if (!File.Exists(sheet))
                {
                    errors.Add($"{sheet} does not exist.");
                }
                else
                {
                    scores.AddRange(ManualScoreSheet.Read(sheet, errors));
                    errors.AddRange(ManualScoreSheet.Validate(scores, book));
                }
            }
            if (errors.Count > 0)
            {
                Console.Error.WriteLine("grader merge: nothing was written:");
                errors.ForEach(e => Console.Error.WriteLine($"  {e}"));
                return ExitCodes.Usage;
            }

            foreach (var row in book.Rows)
            {
                ReportWriter.Write(ManualScoreSheet.Apply(row.Grade, scores), Path.Combine(target, row.Student));
            }
            var merged = ClassGradebook.Load([target]);
            GradebookWriter.Write(merged, target, parse.GetValue(assignment)!);
            Console.Write(ClassSummary.Render(merged));
            Console.WriteLine($"Merged {book.Rows.Count} students ({scores.Count} manual scores) into {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A student graded in two inputs is refused: which grade wins would be a guess.</summary>
    private static IEnumerable<string> Conflicts(IReadOnlyList<string> sources) =>
        sources.SelectMany(s => Directory.GetDirectories(s)
                .Where(d => File.Exists(Path.Combine(d, ReportWriter.GradeFile)))
                .Select(d => (Student: Path.GetFileName(d), Source: s)))
            .GroupBy(x => x.Student)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' is graded in more than one input: {string.Join(", ", g.Select(x => x.Source))}.");
}
