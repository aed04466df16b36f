using System.Text.RegularExpressions;

namespace Grader.Cli.Gradebook;

/// <summary>The header of canvas.csv's score column. Canvas matches an imported column to an existing assignment by its
/// "Name (id)" form, as its own gradebook export writes it; a column with a bare name creates a new assignment.</summary>
/// <param name="Header">What canvas.csv's column is called.</param>
/// <param name="Note">How the header was chosen, for the TA: whether the import updates an existing assignment.</param>
public sealed partial record CanvasColumn(string Header, string Note)
{
    /// <summary>The column for <paramref name="name"/> (from <c>--canvas-column</c>, or the assignment's title): as given
    /// when already "Name (id)"; the roster's "Name (id)" column when it has exactly one of that name; else the bare name.</summary>
    public static CanvasColumn Resolve(string name, Roster? roster)
    {
        if (IdForm().IsMatch(name))
        {
            return new CanvasColumn(name, $"canvas.csv's column '{name}' updates the existing Canvas assignment of that id.");
        }
        var existing = roster?.AssignmentColumns(name) ?? [];
        return existing.Count switch
        {
            1 => new CanvasColumn(existing[0], $"canvas.csv's column '{existing[0]}' is the roster's column of that name: the import updates that assignment."),
            0 => new CanvasColumn(name, $"canvas.csv's column '{name}' has no Canvas id, so importing it creates a new assignment; " +
                                        "to update an existing one, pass --canvas-column \"Name (id)\" as Canvas's export writes it" +
                                        (roster is null ? " (or --roster with that export)." : ".")),
            _ => new CanvasColumn(name, $"the roster has {existing.Count} assignments called '{name}' ({string.Join(", ", existing)}): " +
                                        "canvas.csv's column has no id, so importing it creates a new assignment; pass --canvas-column with the one meant."),
        };
    }

    [GeneratedRegex(@"^(?<name>.+)\s\((?<id>\d+)\)$")]
    internal static partial Regex IdForm();
}
