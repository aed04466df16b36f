using System.CommandLine;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;

namespace Grader.Cli.Commands;

/// <summary><c>grader grade SUBMISSION... --out DIR</c>: grades each submission and writes its reports.</summary>
public static class GradeCommand
{
    public static Command Create(ProblemCatalog catalog, Sandbox sandbox)
    {
        var submissions = new Argument<string[]>("submission")
        {
            Description = "Folders of .cs files (any layout; a copy of the template works) or built .dll files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where results.json and feedback.md go (one sub-folder per submission when there are several).",
            DefaultValueFactory = _ => Path.Combine("out", "grades"),
        };
        var options = new GraderOptions(catalog);
        var isolation = new IsolationOptions();
        var command = new Command("grade", "Compile, run and score submissions; write results.json and feedback.md.") { submissions, output };
        options.AddTo(command);
        isolation.AddTo(command);

        command.SetAction(parse =>
        {
            var grader = options.Build(parse, out var error);
            var settings = isolation.Build(parse, out var isolationError);
            error ??= isolationError;
            if (grader is null || settings is null)
            {
                Console.Error.WriteLine($"grader: {error}");
                return ExitCodes.Usage;
            }
            var paths = parse.GetValue(submissions)!;
            var outDir = parse.GetValue(output)!;
            var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new RunnerExecutorFactory(grader.Catalog, settings, sandbox, options.Timings(parse)))
            {
                Budget = options.Budget(parse),
            };
            var names = new HashSet<string>(StringComparer.Ordinal);
            var runs = new List<GradingRun>();
            foreach (var path in paths)
            {
                var folder = paths.Length == 1 ? outDir : Path.Combine(outDir, UniqueName(path, names));
                var name = Path.GetFileNameWithoutExtension(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar));
                var run = ProgressiveReports.Grade(pipeline, grader, path, Path.Combine(folder, ".work"), folder, name);
                Directory.Delete(Path.Combine(folder, ".work"), recursive: true);
                runs.Add(run);
            }
            Console.Write(SummaryTable.Render(runs));
            Console.WriteLine($"Reports written to {Path.GetFullPath(outDir)}");
            var regrade = runs.Where(r => r.Grade.Checks.Any(c => c.Status == CheckStatus.NotGraded)).Select(r => r.Grade.Submission).ToArray();
            if (regrade.Length > 0)
            {
                Console.Error.WriteLine($"grader: some checks were not graded, through no fault of the student's; grade again: {string.Join(", ", regrade)}");
                return ExitCodes.SomeNotGraded;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string UniqueName(string path, HashSet<string> taken)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar));
        var unique = name;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = $"{name}-{i}";
        }
        return unique;
    }
}
