
namespace Grader.Cli.Gradebook;

/// <summary>A course's students as Canvas exports them (Grades → Export: columns Student, ID, SIS User ID, SIS Login ID,
/// Section, then one column per assignment as "Name (id)", and a "Points Possible" row), which maps the folder names of
/// submissions to Canvas identities: a folder is the student whose SIS Login ID it equals, else whose SIS User ID, else
/// whose Canvas ID.</summary>
public sealed class Roster
{
    public static readonly IReadOnlyList<string> Required = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

    private Roster(IReadOnlyList<RosterEntry> entries, IReadOnlyList<string> columns)
    {
        Entries = entries;
        Columns = columns;
    }

    public IReadOnlyList<RosterEntry> Entries { get; }

    /// <summary>The export's header: its assignment columns are how Canvas names its existing assignments.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The roster in <paramref name="path"/>, or null with every reason it cannot be used in
    /// <paramref name="errors"/>: not a Canvas export, no students, or two students with the same identity.</summary>
    public static Roster? Read(string path, List<string> errors)
    {
        var count = errors.Count;
        var table = CsvTable.Read(path, Required, errors);
        if (table is null)
        {
            return null;
        }
        var entries = table.Rows
            .Select(row => new RosterEntry(row.Line, table.Field(row, "Student"), table.Field(row, "ID"), table.Field(row, "SIS User ID"),
                table.Field(row, "SIS Login ID"), table.Field(row, "Section")))
            // Canvas's own extra rows ("Points Possible", a posting policy) have a label but no identity.
            .Where(e => !e.Student.Equals("Points Possible", StringComparison.OrdinalIgnoreCase) && (e.Id, e.SisUserId, e.SisLoginId) != ("", "", ""))
            .ToArray();
        if (entries.Length == 0)
        {
            errors.Add($"{path}: no students: a Canvas gradebook export has one line per student after its header and its Points Possible line.");
        }
        foreach (var (name, key) in new (string, Func<RosterEntry, string>)[] { ("SIS Login ID", e => e.SisLoginId.ToLowerInvariant()), ("SIS User ID", e => e.SisUserId), ("ID", e => e.Id) })
        {
            foreach (var twice in entries.Where(e => key(e).Length > 0).GroupBy(key).Where(g => g.Count() > 1))
            {
                errors.Add($"{path}: lines {string.Join(", ", twice.Select(e => e.Line))}: the {name} '{twice.Key}' belongs to more than one student.");
            }
        }
        return errors.Count == count ? new Roster(entries, table.Header.Select(h => h.Trim()).ToArray()) : null;
    }

    /// <summary>The roster's student a submission folder names, or null when none does.</summary>
    public RosterEntry? Find(string folder) =>
        Entries.FirstOrDefault(e => e.SisLoginId.Length > 0 && string.Equals(e.SisLoginId, folder, StringComparison.OrdinalIgnoreCase))
        ?? Entries.FirstOrDefault(e => e.SisUserId.Length > 0 && e.SisUserId == folder)
        ?? Entries.FirstOrDefault(e => e.Id.Length > 0 && e.Id == folder);

    /// <summary>The roster's columns for an existing Canvas assignment called <paramref name="name"/>: "name (id)".</summary>
    public IReadOnlyList<string> AssignmentColumns(string name) =>
        Columns.Where(c => CanvasColumn.IdForm().Match(c) is { Success: true } m && string.Equals(m.Groups["name"].Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
}
