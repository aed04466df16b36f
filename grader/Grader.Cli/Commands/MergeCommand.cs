using System.CommandLine;
using Grader.Cli.Assignments;
using Grader.Cli.Batch;
using Grader.Cli.Gradebook;
using Grader.Cli.Pipeline;
using Grader.Core.Problems;

namespace Grader.Cli.Commands;

/// <summary><c>grader merge INPUT... --out DIR [--manual scores.csv]</c>: joins the outputs of shards into one
/// gradebook and fills in the parts TAs graded by hand. Checks everything before writing anything.</summary>
public static class MergeCommand
{
    public static Command Create(ProblemCatalog catalog)
    {
        var inputs = new Argument<string[]>("outputs") { Description = "Batch output folders (e.g. one per shard).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where the merged reports and gradebook go.", Required = true };
        var manual = new Option<string?>("--manual")
        {
            Description = "A TA's scores of the hand-graded parts: a CSV of student,part,level,score,comment (see scores-template.csv).",
        };
        var assignment = new Option<string?>("--assignment")
        {
            Description = "Refuse the merge unless every grade is of this assignment (an id of assignments/ or a .json file).",
        };
        var classOptions = new ClassOptions();
        var command = new Command("merge", "Join shard outputs into one gradebook; merge the scores of hand-graded parts.") { inputs, output, manual, assignment };
        classOptions.AddTo(command);
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
            errors.AddRange(Mixed(book));
            if (parse.GetValue(assignment) is { } wanted)
            {
                errors.AddRange(NotOf(wanted, book, catalog));
            }
            var roster = classOptions.ReadRoster(parse, errors);
            var scores = new List<ManualScore>();
            var pending = 0;
            if (parse.GetValue(manual) is { } sheet)
            {
                if (!File.Exists(sheet))
                {
                    errors.Add($"--manual: {sheet} does not exist.");
                }
                else if (errors.Count == 0)
                {
                    scores.AddRange(ManualScoreSheet.Read(sheet, book, errors, out pending));
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
            var notices = ShardRecord.Warnings(sources).ToList();
            notices.ForEach(w => Console.Error.WriteLine($"grader merge: warning: {w}"));
            if (parse.GetValue(manual) is not null)
            {
                notices.Add($"Merged {scores.Count} hand score{(scores.Count == 1 ? "" : "s")} from {parse.GetValue(manual)}; {pending} line{(pending == 1 ? "" : "s")} not scored yet.");
            }
            Console.Write(ClassReport.Write(merged, target, parse.GetValue(classOptions.CanvasColumn), roster, notices));
            Console.WriteLine($"Merged {book.Rows.Count} students into {target}");
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

    /// <summary>Grades of different assignments (or of one and a practice set) make no one gradebook.</summary>
    private static IEnumerable<string> Mixed(ClassGradebook book)
    {
        var kinds = book.Rows.GroupBy(r => r.Grade.Assignment?.Id ?? "a practice set").ToArray();
        if (kinds.Length > 1)
        {
            yield return "the inputs hold grades of different assignments, which make no one gradebook: " +
                         string.Join("; ", kinds.Select(k => $"{k.Key} ({k.Count()}: {string.Join(", ", k.Take(3).Select(r => r.Student))}{(k.Count() > 3 ? ", …" : "")})")) + ".";
        }
    }

    private static IEnumerable<string> NotOf(string wanted, ClassGradebook book, ProblemCatalog catalog)
    {
        if (AssignmentLocator.Resolve(wanted, catalog, out var problems) is not { } assignment)
        {
            return problems.Select(p => $"--assignment: {p}");
        }
        var others = book.Rows.Where(r => r.Grade.Assignment?.Id != assignment.Id).Select(r => r.Student).ToArray();
        return others.Length == 0 ? [] : [$"--assignment {assignment.Id}: {string.Join(", ", others)} {(others.Length == 1 ? "was" : "were")} not graded for it."];
    }
}
