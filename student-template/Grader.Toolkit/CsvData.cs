using System.Globalization;
using CsvHelper;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Toolkit;

/// <summary>Reads and writes the homework's CSV files: no header, one sample per line, invariant culture;
/// features in one file, integer labels (one per line) in another.</summary>
public static class CsvData
{
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with { HasHeader = false, FormatProvider = CultureInfo.InvariantCulture };

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>Reads a matrix of features, one row per line.</summary>
    /// <exception cref="FormatException">Rows of different lengths, or a field that is not a number.</exception>
    public static Matrix<double> ReadMatrix(string path) => ParseMatrix(File.ReadAllText(path));

    /// <summary>Reads one integer label per line.</summary>
    public static int[] ReadLabels(string path) => ParseLabels(File.ReadAllText(path));

    /// <summary>Parses CSV text as a matrix.</summary>
    public static Matrix<double> ParseMatrix(string text)
    {
        var rows = Records(text).Select(r => r.Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        if (rows.Length == 0 || rows.Any(r => r.Length != rows[0].Length))
        {
            throw new FormatException("A feature file needs at least one line and the same number of fields on every line.");
        }
        return Matrix<double>.Build.DenseOfRowArrays(rows);
    }

    /// <summary>Parses CSV text of one integer label per line.</summary>
    public static int[] ParseLabels(string text) =>
        Records(text).Select(r => r.Length == 1
            ? int.Parse(r[0], NumberStyles.Integer, CultureInfo.InvariantCulture)
            : throw new FormatException("A label file has one field per line.")).ToArray();

    /// <summary>The CSV text of a matrix; numbers in their shortest round-trip form.</summary>
    public static string FormatMatrix(Matrix<double> matrix) =>
        Format(matrix.EnumerateRows().Select(row => row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>The CSV text of labels.</summary>
    public static string FormatLabels(IEnumerable<int> labels) =>
        Format(labels.Select(l => new[] { l.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>Writes a matrix of features.</summary>
    public static void WriteMatrix(string path, Matrix<double> matrix) => File.WriteAllText(path, FormatMatrix(matrix));

    /// <summary>Writes labels.</summary>
    public static void WriteLabels(string path, IEnumerable<int> labels) => File.WriteAllText(path, FormatLabels(labels));

    private static List<string[]> Records(string text)
    {
        using var reader = CsvReader.FromText(text, ReaderOptions);
        var records = new List<string[]>();
        while (reader.Read())
        {
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = reader.GetString(i);
            }
            records.Add(record);
        }
        return records;
    }

    private static string Format(IEnumerable<IEnumerable<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = CsvWriter.Create(text, WriterOptions))
        {
            foreach (var row in rows)
            {
                writer.WriteRecord(row.ToArray());
            }
        }
        return text.ToString();
    }
}
