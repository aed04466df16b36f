using System.CommandLine;
using Grader.Cli;
using Grader.Cli.Commands;

var root = new RootCommand("grader: grades recurrent-network homework against golden fixtures.")
{
    GradeCommand.Create(),
    BenchIsolationCommand.Create(),
};

try
{
    return root.Parse(args).Invoke();
}
catch (Exception e)
{
    // One of the two places that catch everything: a bug in the grader itself, never a student's doing.
    Console.Error.WriteLine($"grader: internal error: {e}");
    return ExitCodes.InternalError;
}
