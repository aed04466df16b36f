using CsvHelper;

namespace Grader.Cli.Gradebook;

/// <summary>A CSV file a person wrote or a spreadsheet saved (scores, a roster, submission times), read as its header and
/// rows with their line numbers, so that every complaint about it can name the line and the column. Reading it never
/// throws for what is in the file: malformed quoting, a missing header or missing columns become errors in a list.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, int headerLine, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Path = path;
        HeaderLine = headerLine;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = header.Count - 1; i >= 0; i--)
        {
            _columns[header[i].Trim()] = i;
        }
    }

    public string Path { get; }

    /// <summary>The line of the header (1 unless blank lines come first).</summary>
    public int HeaderLine { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The records after the header, empty lines left out.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The position of a column, matched without regard to case or surrounding spaces; -1 when absent.</summary>
    public int Column(string name) => _columns.GetValueOrDefault(name, -1);

    /// <summary>The file as a table, or null with <paramref name="errors"/> saying why: it cannot be read, its quoting is
    /// broken, it is empty, or its first line lacks one of <paramref name="required"/> (which is how a file without a header
    /// shows: its first line is data).</summary>
    public static CsvTable? Read(string path, IReadOnlyList<string> required, List<string> errors)
    {
        var records = new List<CsvRow>();
        try
        {
            using var text = new StreamReader(path);
            using var csv = CsvReader.Create(text, new CsvReaderOptions
            {
                HasHeader = false,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
            }, false);
            while (csv.Read())
            {
                records.Add(new CsvRow((int)csv.LineNumber, Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray()));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add($"{path}: line {e.LineNumber}: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: cannot be read: {e.Message}");
            return null;
        }

        if (records.Count == 0)
        {
            errors.Add($"{path}: the file is empty; its first line must be the header {string.Join(",", required)}.");
            return null;
        }
        var table = new CsvTable(path, records[0].Line, records[0].Fields, records.Skip(1).ToArray());
        var missing = required.Where(name => table.Column(name) < 0).ToArray();
        if (missing.Length == required.Count)
        {
            errors.Add($"{path}: line {table.HeaderLine}: no header: the first line must name the columns {string.Join(",", required)} " +
                       $"(it reads '{string.Join(",", table.Header)}').");
            return null;
        }
        foreach (var name in missing)
        {
            errors.Add($"{path}: line {table.HeaderLine}: no column '{name}' in the header (it has {string.Join(", ", table.Header.Select(h => $"'{h}'"))}).");
        }
        return missing.Length == 0 ? table : null;
    }

    /// <summary>The field of <paramref name="row"/> in column <paramref name="name"/>, trimmed; empty when the row is
    /// shorter than the header or the column is absent.</summary>
    public string Field(CsvRow row, string name)
    {
        var index = Column(name);
        return index >= 0 && index < row.Fields.Count ? row.Fields[index].Trim() : "";
    }

    /// <summary>The columns of <paramref name="names"/> that <paramref name="row"/> ends before: a line with fields missing.</summary>
    public IReadOnlyList<string> Missing(CsvRow row, IEnumerable<string> names) =>
        names.Where(name => Column(name) >= row.Fields.Count).ToArray();

    /// <summary>"file: line N" for messages about a row.</summary>
    public string At(CsvRow row) => $"{Path}: line {row.Line}";

    /// <summary>"file: line N, column 'name'" for messages about one field.</summary>
    public string At(CsvRow row, string name) => $"{Path}: line {row.Line}, column '{name}'";
}
