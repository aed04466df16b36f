using System.CommandLine;
using Grader.Cli;
using Grader.Cli.Commands;
using Grader.Cli.Isolation;
using Grader.Core.Problems;

var catalog = ProblemCatalog.Discover();
var sandbox = Sandbox.Find();

var root = new RootCommand("grader: grades recurrent-network homework against golden fixtures.")
{
    GradeCommand.Create(catalog, sandbox),
    BatchCommand.Create(catalog, sandbox),
    MergeCommand.Create(catalog),
    AssignmentsCommand.Create(catalog),
    PackCommand.Create(catalog),
    BenchIsolationCommand.Create(catalog, sandbox),
    SelfCheckCommand.Create(catalog, sandbox),
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
