using System.CommandLine;
using Grader.Core.Problems;
using Grader.Cli.Batch;
using Grader.Cli.Gradebook;
using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;

namespace Grader.Cli.Commands;

/// <summary><c>grader batch SUBMISSIONS --out DIR</c>: grades a whole class, several at once, resumable, then writes
/// the gradebook and prints a summary.</summary>
public static class BatchCommand
{
    public const int Interrupted = 130;

    public static Command Create(ProblemCatalog catalog, Sandbox sandbox)
    {
        var submissions = new Argument<string>("submissions") { Description = "A folder with one sub-folder or .zip per student." };
        var output = new Option<string>("--out") { Description = "Where the reports and the gradebook go.", DefaultValueFactory = _ => Path.Combine("out", "batch") };
        var jobs = new Option<int>("--jobs") { Description = "Submissions graded at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "Grade again even submissions whose inputs and fixtures are unchanged." };
        var shard = new Option<string>("--shard") { Description = "Grade only slice k of n (k/n), for array jobs; join them with `grader merge`.", DefaultValueFactory = _ => "1/1" };
        var assignment = new Option<string>("--assignment") { Description = "The assignment's column name in canvas.csv.", DefaultValueFactory = _ => "Homework" };
        var options = new GraderOptions(catalog);
        var isolation = new IsolationOptions();
        var command = new Command("batch", "Grade every submission of a class; write the gradebook.") { submissions, output, jobs, force, shard, assignment };
        options.AddTo(command);
        isolation.AddTo(command);

        command.SetAction(parse =>
        {
            var grader = options.Build(parse, out var error);
            var settings = isolation.Build(parse, out var isolationError);
            var slice = ShardSpec.Parse(parse.GetValue(shard)!);
            var inbox = parse.GetValue(submissions)!;
            error ??= isolationError ?? (slice is null ? "--shard takes k/n with 1 ≤ k ≤ n." : null)
                ?? (Directory.Exists(inbox) ? null : $"{inbox} is not a folder.")
                ?? (parse.GetValue(jobs) >= 1 ? null : "--jobs must be at least 1.");
            if (grader is null || settings is null || error is not null)
            {
                Console.Error.WriteLine($"grader: {error}");
                return ExitCodes.Usage;
            }

            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var batch = new BatchSettings(
                outDir, parse.GetValue(jobs), parse.GetValue(force), slice!,
                GradeKey.Digest(options.FixturesRoot(parse)!),
                $"{string.Join(",", grader.Catalog.Problems.Select(p => p.Id))}|{settings}");
            var factory = new RunnerExecutorFactory(grader.Catalog, settings, sandbox);
            var runner = new BatchRunner(new SubmissionPipeline(grader, new SubmissionCompiler(), factory), batch, grader);
            var students = runner.InShard(StudentSubmission.Enumerate(inbox)).ToArray();
            Console.WriteLine($"Grading {students.Length} submissions{(slice!.Count > 1 ? $" (shard {slice})" : "")} with {batch.Jobs} at once. {factory.Isolation}");

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler stop = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += stop;
            try
            {
                runner.Run(students, new BatchProgress(students.Length, BatchProgress.IsTerminal, Console.Out), cancel.Token);
            }
            finally
            {
                Console.CancelKeyPress -= stop;
            }

            var work = Path.Combine(outDir, ".work");
            if (Directory.Exists(work) && !Directory.EnumerateFileSystemEntries(work).Any())
            {
                Directory.Delete(work);
            }
            var book = ClassGradebook.Load([outDir]);
            GradebookWriter.Write(book, outDir, parse.GetValue(assignment)!);
            var summary = ClassSummary.Render(book);
            File.WriteAllText(Path.Combine(outDir, "summary.txt"), summary);
            Console.Write(summary);
            Console.WriteLine($"Reports, {GradebookWriter.GradebookFile} and {GradebookWriter.CanvasFile} in {outDir}");
            return cancel.IsCancellationRequested ? Interrupted : ExitCodes.Success;
        });
        return command;
    }
}
