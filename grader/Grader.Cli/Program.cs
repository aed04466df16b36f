using System.CommandLine;
using Grader.Cli;
using Grader.Cli.Commands;
using Grader.Core.Problems;

var catalog = ProblemCatalog.Discover();

var root = new RootCommand("grader: grades recurrent-network homework against golden fixtures.")
{
    GradeCommand.Create(catalog),
    BatchCommand.Create(catalog),
    MergeCommand.Create(catalog),
    AssignmentsCommand.Create(catalog),
    PackCommand.Create(catalog),
    BenchIsolationCommand.Create(catalog),
    SelfCheckCommand.Create(catalog),
};

try
{
    // Exceptions reach the catch below, and Ctrl+C reaches the commands that handle it (batch stops cleanly).
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e)
{
    // One of the two places that catch everything: a bug in the grader itself, never a student's doing.
    Console.Error.WriteLine($"grader: internal error: {e}");
    return ExitCodes.InternalError;
}
