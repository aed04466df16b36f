using System.CommandLine;
using Grader.Cli.Isolation;
using Grader.Cli.SelfCheck;
using Grader.Cli.Submissions;
using Grader.Core.Problems;

namespace Grader.Cli.Commands;

/// <summary><c>grader selfcheck</c>: mutation testing of the answer key against the hidden fixtures.</summary>
public static class SelfCheckCommand
{
    public static Command Create(ProblemCatalog catalog, Sandbox sandbox)
    {
        var jobs = new Option<int>("--jobs") { Description = "Mutants graded at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var problems = new Option<string[]>("--problem") { Description = "Only mutants of these problems' files.", AllowMultipleArgumentsPerToken = true };
        var mutants = new Option<string[]>("--mutant") { Description = "Only mutants whose id is or contains this text.", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int?>("--limit") { Description = "At most this many mutants (the first in source order)." };
        var output = new Option<string>("--out") { Description = "Where selfcheck.json and selfcheck.md go.", DefaultValueFactory = _ => Path.Combine("out", "selfcheck") };
        var fixtures = new Option<string?>("--fixtures") { Description = "The fixtures folder (default: the repository's)." };
        var reference = new Option<string?>("--reference") { Description = "The answer key's folder (default: reference/Reference.Solutions)." };
        var equivalents = new Option<string?>("--equivalents") { Description = "The known-equivalent mutants (default: reference/equivalent-mutants.json)." };
        var list = new Option<bool>("--list") { Description = "Print the selected mutants' ids and rewrites; grade nothing." };
        var template = new Option<string?>("--write-equivalents-template")
        {
            Description = "After the run, write the equivalents list to this file with every survivor added under a TODO reason and stale entries dropped.",
        };
        var isolation = new IsolationOptions();
        var command = new Command("selfcheck", "Grade mutants of the answer key on the hidden fixtures; report those that keep full marks.")
        {
            jobs, problems, mutants, limit, output, fixtures, reference, equivalents, list, template,
        };
        isolation.AddTo(command);

        command.SetAction((parse, cancel) =>
        {
            var root = RepositoryPaths.FindRoot();
            var fixturesRoot = parse.GetValue(fixtures) ?? RepositoryPaths.FindFixtures();
            var referenceFolder = parse.GetValue(reference) ?? (root is null ? null : Path.Combine(root, "reference", "Reference.Solutions"));
            var isolationSettings = isolation.Build(parse, out var error);
            var unknown = (parse.GetValue(problems) ?? []).Where(id => catalog.Find(id) is null).ToArray();
            error ??= fixturesRoot is null || !Directory.Exists(fixturesRoot) ? "No fixtures folder: run from the repository or pass --fixtures DIR."
                : referenceFolder is null || !Directory.Exists(referenceFolder) ? "No answer key folder: run from the repository or pass --reference DIR."
                : unknown.Length > 0 ? $"Unknown problem {string.Join(", ", unknown)}."
                : parse.GetValue(jobs) < 1 || parse.GetValue(limit) < 1 ? "--jobs and --limit must be at least 1."
                : null;
            if (error is not null || isolationSettings is null)
            {
                Console.Error.WriteLine($"grader: {error}");
                return Task.FromResult(ExitCodes.Usage);
            }

            var settings = new SelfCheckSettings
            {
                ReferenceFolder = referenceFolder!,
                FixturesRoot = fixturesRoot!,
                OutputFolder = parse.GetValue(output)!,
                EquivalentsPath = parse.GetValue(equivalents) ?? Path.Combine(root ?? ".", "reference", "equivalent-mutants.json"),
                Jobs = parse.GetValue(jobs),
                Problems = parse.GetValue(problems) ?? [],
                Mutants = parse.GetValue(mutants) ?? [],
                Limit = parse.GetValue(limit),
                Isolation = isolationSettings,
            };
            var runner = new SelfCheckRunner(settings, catalog, new SubmissionCompiler(), sandbox, Console.Out);
            if (parse.GetValue(list))
            {
                foreach (var mutant in runner.Select(runner.Generate()))
                {
                    Console.WriteLine($"{mutant.Id}\t(line {mutant.Line})");
                }
                return Task.FromResult(ExitCodes.Success);
            }

            SelfCheckReport report;
            try
            {
                report = runner.Run(cancel);
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"grader: {e.Message}");
                return Task.FromResult(ExitCodes.SelfCheckFailed);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("grader: selfcheck interrupted.");
                return Task.FromResult(ExitCodes.Interrupted);
            }
            Directory.CreateDirectory(settings.OutputFolder);
            File.WriteAllText(Path.Combine(settings.OutputFolder, "selfcheck.json"), SelfCheckJson.Render(report) + "\n");
            var markdown = SelfCheckMarkdown.Render(report);
            File.WriteAllText(Path.Combine(settings.OutputFolder, "selfcheck.md"), markdown);
            if (parse.GetValue(template) is { } templatePath)
            {
                var ids = runner.Generate().Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
                EquivalentMutantList.Save(templatePath, EquivalentMutantList.WithSurvivors(EquivalentMutantList.Load(settings.EquivalentsPath), report.Results, ids));
            }
            Console.WriteLine();
            Console.Write(markdown);
            Console.WriteLine($"Reports written to {Path.GetFullPath(settings.OutputFolder)}");
            return Task.FromResult(report.Passed ? ExitCodes.Success : ExitCodes.SelfCheckFailed);
        });
        return command;
    }
}
