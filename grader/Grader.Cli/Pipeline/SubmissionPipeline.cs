using System.Diagnostics;
using Grader.Cli.Submissions;
using Grader.Core.Execution;
using Grader.Core.Grading;

namespace Grader.Cli.Pipeline;

/// <summary>Discover → compile → run → score for one submission. Whatever the submission is or does, the result is a grade.</summary>
public sealed class SubmissionPipeline(SubmissionGrader grader, SubmissionCompiler compiler, IExecutorFactory executors)
{
    /// <summary>The default of <c>--submission-budget</c>: many times what the slowest allowed submission needs.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(15);

    /// <summary>The most one submission's calls may take together; the checks left when it is spent are "not graded".</summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;

    /// <param name="workDirectory">Where the compiled assembly goes.</param>
    /// <param name="name">The submission's name in reports (default: its folder or file name).</param>
    /// <param name="partial">Receives the grade so far after each problem.</param>
    public GradingRun Grade(
        string submissionPath, string workDirectory, string? name = null, Action<SubmissionGrade>? partial = null, CancellationToken cancel = default)
    {
        var source = SubmissionSource.Discover(submissionPath, out var problem);
        name ??= source?.Name ?? Path.GetFileName(Path.GetFullPath(submissionPath).TrimEnd(Path.DirectorySeparatorChar));
        if (source is null)
        {
            return new GradingRun(grader.FailAll(name, CheckStatus.CompileError, problem!), TimeSpan.Zero, TimeSpan.Zero);
        }

        var compileTime = TimeSpan.Zero;
        var assembly = source.Assembly;
        var notes = new List<string>();
        if (!source.IsAssembly)
        {
            var compiled = compiler.Compile(source, Path.Combine(workDirectory, "build"));
            compileTime = compiled.Elapsed;
            if (!compiled.Success)
            {
                var errors = "The submission does not compile:\n" + string.Join("\n", compiled.Messages);
                const string message = "Not run: the submission does not compile (the compiler's messages are at the top of the feedback).";
                return new GradingRun(grader.FailAll(name, CheckStatus.CompileError, message, [errors]), compileTime, TimeSpan.Zero);
            }
            if (compiled.Messages.Count > 0)
            {
                notes.Add("Compiler warnings:\n" + string.Join("\n", compiled.Messages));
            }
            assembly = compiled.AssemblyPath;
        }

        notes.Add(executors.Isolation);
        var clock = Stopwatch.StartNew();
        // Cancelled by Ctrl+C (the batch stops) or when the budget is spent (this submission stops, the batch goes on).
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(Budget);
        ISubmissionExecutor executor;
        try
        {
            executor = executors.Start(assembly!, budget.Token);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            var message = $"{Path.GetFileName(assembly)} is not a .NET assembly the grader can load: {e.Message}";
            return new GradingRun(grader.FailAll(name, CheckStatus.CompileError, message, notes), compileTime, clock.Elapsed);
        }
        using (executor)
        {
            SubmissionGrade? soFar = null;
            try
            {
                var grade = grader.Grade(name, executor, notes, g => partial?.Invoke(soFar = g), budget.Token);
                return new GradingRun(grade, compileTime, clock.Elapsed);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                var message = $"Not graded: this submission's time budget ({Budget.TotalMinutes:0.#} min) was spent before this check ran.";
                var rest = grader.FailAll(name, CheckStatus.NotGraded, message, notes);
                var grade = soFar is null ? rest : ProgressiveReports.Fill(soFar, rest);
                return new GradingRun(grade with { Notes = [.. notes, message] }, compileTime, clock.Elapsed);
            }
        }
    }
}
