using System.CommandLine;
using Grader.Cli.Commands;

namespace Grader.Tests.Gradebook;

/// <summary>Runs a <c>grader</c> command that starts no process (merge) inside the test, capturing what it prints. The
/// fast tier runs its tests one at a time, so borrowing the console is safe.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output) Merge(params string[] args)
    {
        var root = new RootCommand { MergeCommand.Create(TestCatalog.All) };
        var (output, error) = (Console.Out, Console.Error);
        using var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            var code = root.Parse(["merge", .. args]).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return (code, captured.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
