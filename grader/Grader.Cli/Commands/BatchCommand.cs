using System.CommandLine;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text.Json;
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
        var times = new Option<string?>("--submission-times")
        {
            Description = "A CSV of student,submitted_at (ISO 8601 with an offset) for the assignment's late policy " +
                "(default: the newest modification time of each submission's files).",
        };
        var options = new GraderOptions(catalog);
        var isolation = new IsolationOptions();
        var classOptions = new ClassOptions();
        var command = new Command("batch", "Grade every submission of a class; write the gradebook.") { submissions, output, jobs, force, shard, times };
        options.AddTo(command);
        classOptions.AddTo(command);
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
            var assignmentKey = grader.Assignment is { } plan ? JsonSerializer.Serialize(plan.Assignment) : "practice";
            var batch = new BatchSettings(
                outDir, parse.GetValue(jobs), parse.GetValue(force), slice!,
                GradeKey.Digest(options.FixturesRoot(parse)!),
                $"{string.Join(",", grader.Catalog.Problems.Select(p => p.Id))}|{settings}|{assignmentKey}");
            var factory = new RunnerExecutorFactory(grader.Catalog, settings, sandbox, options.Timings(parse));

            // Everything a TA can get wrong in the class's files is refused before anything is graded.
            var errors = new List<string>();
            var roster = classOptions.ReadRoster(parse, errors);
            var clock = parse.GetValue(times) is { } timesFile
                ? File.Exists(timesFile) ? SubmissionTimes.Read(timesFile, errors) : Refuse(errors, $"--submission-times: {timesFile} does not exist.")
                : SubmissionTimes.FromFiles();
            var runner = new BatchRunner(new SubmissionPipeline(grader, new SubmissionCompiler(), factory) { Budget = options.Budget(parse) }, batch, grader, clock);
            var students = runner.InShard(StudentSubmission.Enumerate(inbox)).ToArray();
            if (clock?.Unlisted(students) is { Count: > 0 } unlisted)
            {
                errors.Add($"--submission-times lists no time for {string.Join(", ", unlisted)}.");
            }
            if (errors.Count > 0)
            {
                Console.Error.WriteLine("grader batch: nothing was graded:");
                errors.ForEach(e => Console.Error.WriteLine($"  {e}"));
                return ExitCodes.Usage;
            }

            var notices = new List<string>();
            if (grader.Assignment?.Assignment is { LatePolicy: { } policy, Due: { } due })
            {
                notices.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Late policy: {policy.PercentPerDay:0.##} % of the total per started day after {due:yyyy-MM-dd HH:mm zzz}, at most {policy.MaxPercent:0.##} %; ") +
                    $"submission times from {clock!.Source}.");
            }
            else if (parse.GetValue(times) is not null)
            {
                notices.Add("--submission-times has no effect: the assignment has no late policy.");
            }
            Console.WriteLine($"Grading {students.Length} submissions{(slice!.Count > 1 ? $" (shard {slice})" : "")} with {batch.Jobs} at once. {factory.Isolation}");

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler stop = (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += stop;
            // SIGTERM (what Slurm, CI and `kill` send) stops the batch as Ctrl+C does: finished students kept, a gradebook written.
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                cancel.Cancel();
            });
            BatchResult result;
            try
            {
                result = runner.Run(students, new BatchProgress(students.Length, BatchProgress.IsTerminal, Console.Out), cancel.Token);
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
            Console.Write(ClassReport.Write(book, outDir, parse.GetValue(classOptions.CanvasColumn), roster, notices.Concat(result.Notices)));
            Console.WriteLine($"Reports, {GradebookWriter.GradebookFile}, {CanvasExport.FileName} and {ClassReport.SummaryFile} in {outDir}");
            return cancel.IsCancellationRequested ? Interrupted
                : ClassSummary.NeedRegrade(book.Rows).Count > 0 ? ExitCodes.SomeNotGraded
                : ExitCodes.Success;
        });
        return command;
    }

    private static SubmissionTimes? Refuse(List<string> errors, string error)
    {
        errors.Add(error);
        return null;
    }
}
