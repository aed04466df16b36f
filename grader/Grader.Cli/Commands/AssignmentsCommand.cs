using System.CommandLine;
using Grader.Cli.Assignments;
using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Commands;

/// <summary><c>grader assignments [--markdown]</c>: checks every assignment file of the repository and lists them, or
/// prints docs/assignments.md.</summary>
public static class AssignmentsCommand
{
    public static Command Create(ProblemCatalog catalog)
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the table of every assignment's parts (docs/assignments.md)." };
        var command = new Command("assignments", "Check the assignment files and list their parts and points.") { markdown };
        command.SetAction(parse =>
        {
            var ids = AssignmentLocator.KnownIds();
            if (ids.Count == 0)
            {
                Console.Error.WriteLine($"grader: no assignment files found in {AssignmentLocator.Folder}/ of the repository.");
                return ExitCodes.Usage;
            }
            var loaded = new List<Assignment>();
            var errors = new List<string>();
            foreach (var id in ids)
            {
                if (AssignmentLocator.Resolve(id, catalog, out var found) is { } assignment)
                {
                    loaded.Add(assignment);
                }
                errors.AddRange(found);
            }
            if (errors.Count > 0)
            {
                Console.Error.WriteLine("grader: these assignment files cannot be used:");
                errors.ForEach(e => Console.Error.WriteLine($"  {e}"));
                return ExitCodes.Usage;
            }
            if (parse.GetValue(markdown))
            {
                Console.Write(AssignmentTable.Markdown(loaded));
                return ExitCodes.Success;
            }
            foreach (var a in loaded)
            {
                Console.WriteLine($"{a.Id,-34} {PointsText.Of(a.Total),5} points ({PointsText.Of(a.MachinePoints)} machine, " +
                    $"{PointsText.Of(a.HandPoints)} by hand)  {string.Join(", ", a.Problems)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
