using System.CommandLine;
using Grader.Cli.Gradebook;

namespace Grader.Cli.Commands;

/// <summary>Options of the commands that write the class's gradebook (<c>batch</c>, <c>merge</c>): how canvas.csv names its
/// column and whom it lists.</summary>
public sealed class ClassOptions
{
    public Option<string?> CanvasColumn { get; } = new("--canvas-column")
    {
        Description = "canvas.csv's score column (default: the assignment's title, or \"Homework\" for a practice set). " +
            "Give it as \"Name (id)\", as Canvas's export writes it, to update an existing assignment.",
    };

    public Option<string?> Roster { get; } = new("--roster")
    {
        Description = "Canvas's gradebook export (Student, ID, SIS User ID, SIS Login ID, Section): canvas.csv takes its students' " +
            "identities, a submission folder matching a SIS Login ID, else a SIS User ID, else an ID.",
    };

    public void AddTo(Command command)
    {
        command.Add(CanvasColumn);
        command.Add(Roster);
    }

    /// <summary>The roster the options name, or null; errors (a missing or malformed file) go to <paramref name="errors"/>.</summary>
    public Roster? ReadRoster(ParseResult parse, List<string> errors)
    {
        if (parse.GetValue(Roster) is not { } path)
        {
            return null;
        }
        if (!File.Exists(path))
        {
            errors.Add($"--roster: {path} does not exist.");
            return null;
        }
        return Gradebook.Roster.Read(path, errors);
    }
}
