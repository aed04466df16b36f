using System.Diagnostics;
using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Cli.SelfCheck;

/// <summary>Generates the answer key's mutants and grades each like a student's submission: compiled with the
/// submission compiler, run in a runner child process, scored on the hidden fixtures.</summary>
public sealed class SelfCheckRunner(SelfCheckSettings settings, ProblemCatalog catalog, SubmissionCompiler compiler, Sandbox sandbox, TextWriter log)
{
    private readonly FixtureStore _fixtures = new(settings.FixturesRoot);
    private readonly RunnerExecutorFactory _executors = new(catalog, settings.Isolation, sandbox, ReferenceTimings.For(settings.FixturesRoot, out _));
    private readonly MutantGenerator _generator = new(catalog, compiler);

    /// <summary>Every mutant of the answer key, unfiltered (what the equivalents list is checked against).</summary>
    public IReadOnlyList<Mutant> Generate() =>
        _generator.Generate(SourceFile.ReadFolder(settings.ReferenceFolder));

    /// <summary>The mutants the settings select, in source order.</summary>
    public IReadOnlyList<Mutant> Select(IReadOnlyList<Mutant> all)
    {
        var chosen = all
            .Where(m => settings.Problems.Count == 0 || m.Problems.Any(settings.Problems.Contains))
            .Where(m => settings.Mutants.Count == 0 || settings.Mutants.Any(f => m.Id == f || m.Id.Contains(f, StringComparison.Ordinal)));
        return (settings.Limit is { } limit ? chosen.Take(limit) : chosen).ToArray();
    }

    /// <exception cref="InvalidOperationException">The unmutated answer key does not get full marks: nothing can be concluded.</exception>
    public SelfCheckReport Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var files = SourceFile.ReadFolder(settings.ReferenceFolder);
        var all = _generator.Generate(files);
        var selected = Select(all);
        var equivalents = EquivalentMutantList.Load(settings.EquivalentsPath).ToDictionary(e => e.Id, StringComparer.Ordinal);
        log.WriteLine($"selfcheck: {all.Count} mutants generated from {files.Count} files; grading {selected.Count} with {settings.Jobs} jobs.");

        var problems = selected.SelectMany(m => m.Problems).Distinct().ToArray();
        if (problems.Length > 0)
        {
            var baseline = Grade(files, problems, "answer-key", cancel);
            var failed = baseline.Grade.Checks.Where(c => !c.Passed).Select(c => $"{c.Id}: {c.Status.Describe()}").ToArray();
            if (failed.Length > 0)
            {
                throw new InvalidOperationException("The answer key itself loses points on the hidden fixtures, so no mutant can be judged: " +
                                                    string.Join("; ", failed));
            }
        }

        var results = new MutantResult[selected.Count];
        var done = 0;
        Parallel.For(0, selected.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = cancel }, i =>
        {
            results[i] = Judge(selected[i], files, i, equivalents, cancel);
            var count = Interlocked.Increment(ref done);
            lock (log)
            {
                log.WriteLine($"[{count}/{selected.Count}] {results[i].Status,-12} {selected[i].Id}");
            }
        });

        var scratch = Path.Combine(settings.OutputFolder, "work");
        if (Directory.Exists(scratch) && !Directory.EnumerateFileSystemEntries(scratch).Any())
        {
            Directory.Delete(scratch);
        }

        var ids = all.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new SelfCheckReport(
            results,
            equivalents.Keys.Where(id => !ids.Contains(id)).Order(StringComparer.Ordinal).ToArray(),
            results.Where(r => r.Status == MutantStatus.Killed && equivalents.ContainsKey(r.Mutant.Id)).Select(r => r.Mutant.Id).ToArray(),
            clock.Elapsed,
            settings.Jobs,
            settings.Filtered);
    }

    private MutantResult Judge(Mutant mutant, IReadOnlyList<SourceFile> files, int index, IReadOnlyDictionary<string, EquivalentMutant> equivalents, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var mutated = files.Select(f => f.Name == mutant.File ? f with { Text = mutant.MutatedSource } : f).ToArray();
        GradingRun run;
        try
        {
            run = Grade(mutated, mutant.Problems, $"mutant-{index}", cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The pipeline turns whatever a mutant does into statuses; reaching here is a fault of the machinery
            // (a full disk, a runner that cannot start). One such fault is reported, not allowed to end the run.
            return new MutantResult(mutant, MutantStatus.NotGraded, e.Message, clock.Elapsed);
        }

        var checks = run.Grade.Checks;
        var failed = checks.Where(c => !c.Passed).ToArray();
        if (checks.Count > 0 && checks.All(c => c.Status == CheckStatus.CompileError))
        {
            var message = run.Grade.Notes.FirstOrDefault()?.Split('\n').Skip(1).FirstOrDefault() ?? "does not compile";
            return new MutantResult(mutant, MutantStatus.CompileError, message, clock.Elapsed);
        }
        if (failed.Length > 0)
        {
            var statuses = string.Join(", ", failed.GroupBy(c => c.Status).Select(g => $"{g.Count()} {g.Key.Describe()}"));
            return new MutantResult(mutant, MutantStatus.Killed, $"{statuses}; first: {failed[0].Id}", clock.Elapsed);
        }
        return equivalents.TryGetValue(mutant.Id, out var listed)
            ? new MutantResult(mutant, listed.Unobservable ? MutantStatus.Unobservable : MutantStatus.Equivalent, listed.Reason, clock.Elapsed)
            : new MutantResult(mutant, MutantStatus.Survived, "full marks on the hidden fixtures", clock.Elapsed);
    }

    /// <summary>Grades a set of files as one submission on the hidden fixtures of the given problems, in a scratch
    /// folder that is removed afterwards.</summary>
    private GradingRun Grade(IReadOnlyList<SourceFile> files, IReadOnlyList<string> problems, string name, CancellationToken cancel)
    {
        var work = Path.Combine(settings.OutputFolder, "work", name);
        var source = Path.Combine(work, "src");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(source, file.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }
            // Only whether a mutant loses points matters here: diagnosing its failures, or grading the cases after the
            // first it fails (a training run, say), would spend time for nothing.
            var grader = new SubmissionGrader(new ProblemCatalog(problems.Select(catalog.Get)), _fixtures, [FixtureSet.Hidden])
            {
                Diagnose = false,
                StopAtFirstLoss = true,
            };
            var pipeline = new SubmissionPipeline(grader, compiler, _executors);
            return pipeline.Grade(source, Path.Combine(work, "build"), name, cancel: cancel);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
