using System.CommandLine;
using Grader.Core.Problems;
using Grader.Cli.Isolation;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;

namespace Grader.Cli.Commands;

/// <summary><c>grader bench-isolation</c>: prints what running student code in a runner costs.</summary>
public static class BenchIsolationCommand
{
    public static Command Create(ProblemCatalog catalog, Sandbox sandbox)
    {
        var repeats = new Option<int>("--repeats") { Description = "Runner starts to time (calls: ten times as many).", DefaultValueFactory = _ => 20 };
        var command = new Command("bench-isolation", "Time a runner's start-up (with and without the sandbox) and its per-call overhead.") { repeats };
        command.SetAction(parse =>
        {
            var fixtures = RepositoryPaths.FindFixtures();
            if (fixtures is null)
            {
                Console.Error.WriteLine("grader: no fixtures folder found; run from the repository.");
                return ExitCodes.Usage;
            }
            // The answer key's sample, compiled as any submission is: the grader itself carries no answer key.
            var work = Directory.CreateTempSubdirectory("bench-isolation-").FullName;
            try
            {
                var sample = Path.Combine(Path.GetDirectoryName(fixtures)!, "grader", "testdata", "submissions", "correct");
                var source = SubmissionSource.Discover(sample, out var problem)
                    ?? throw new DirectoryNotFoundException($"The answer key's sample cannot be read: {problem}");
                var compiled = new SubmissionCompiler().Compile(source, work);
                if (!compiled.Success)
                {
                    Console.Error.WriteLine($"grader: the answer key's sample does not compile:\n{string.Join("\n", compiled.Messages)}");
                    return ExitCodes.Usage;
                }
                Console.Write(IsolationBenchmark.Run(catalog, new FixtureStore(fixtures), compiled.AssemblyPath!, sandbox, parse.GetValue(repeats)));
                return ExitCodes.Success;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }
}
