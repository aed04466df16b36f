using System.Globalization;
using System.Text;
using System.Text.Json;
using Grader.Core.Numerics;

namespace Grader.Core.Fixtures;

/// <summary>Reads and writes the fixture format of design.md. Numbers are written in their shortest form that
/// reads back to the same double, matrices one row per line, so that files regenerate bit for bit and diff well.</summary>
public static class FixtureJson
{
    public static Fixture Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new Fixture
            {
                Problem = root.GetProperty("problem").GetString() ?? throw new FormatException("\"problem\" is null"),
                Case = root.GetProperty("case").GetString() ?? throw new FormatException("\"case\" is null"),
                Seed = root.GetProperty("seed").GetInt64(),
                Inputs = ReadValues(root.GetProperty("inputs")),
                Expected = ReadValues(root.GetProperty("expected")),
                Mistakes = root.TryGetProperty("mistakes", out var mistakes)
                    ? mistakes.EnumerateObject().ToDictionary(m => m.Name, m => ReadValues(m.Value))
                    : new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new FixtureException($"{source} is not a valid fixture: {e.Message}", e);
        }
    }

    public static IReadOnlyDictionary<string, NumericArray> ReadValues(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => ReadArray(p.Value, p.Name));

    public static NumericArray ReadArray(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return NumericArray.Scalar(element.GetDouble());
            case JsonValueKind.Array when element.GetArrayLength() > 0 && element[0].ValueKind == JsonValueKind.Array:
                var rows = element.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
                var columns = rows[0].Length;
                if (rows.Any(r => r.Length != columns))
                {
                    throw new FormatException($"\"{name}\" has rows of different lengths");
                }
                return new NumericArray([rows.Length, columns], rows.SelectMany(r => r).ToArray());
            case JsonValueKind.Array:
                return NumericArray.FromVector(element.EnumerateArray().Select(v => v.GetDouble()).ToArray());
            default:
                throw new FormatException($"\"{name}\" is a {element.ValueKind}, not a number, vector or matrix");
        }
    }

    public static string Write(Fixture fixture)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append($"  \"problem\": {Quote(fixture.Problem)},\n");
        text.Append($"  \"case\": {Quote(fixture.Case)},\n");
        text.Append($"  \"seed\": {fixture.Seed.ToString(CultureInfo.InvariantCulture)},\n");
        text.Append("  \"inputs\": ");
        WriteValues(text, fixture.Inputs, "  ");
        text.Append(",\n  \"expected\": ");
        WriteValues(text, fixture.Expected, "  ");
        text.Append(",\n  \"mistakes\": {");
        var first = true;
        foreach (var (name, values) in fixture.Mistakes)
        {
            text.Append(first ? "\n" : ",\n");
            first = false;
            text.Append($"    {Quote(name)}: ");
            WriteValues(text, values, "    ");
        }
        text.Append(first ? "}\n}\n" : "\n  }\n}\n");
        return text.ToString();
    }

    public static void WriteValues(StringBuilder text, IReadOnlyDictionary<string, NumericArray> values, string indent)
    {
        text.Append('{');
        var first = true;
        foreach (var (name, value) in values)
        {
            text.Append(first ? "\n" : ",\n");
            first = false;
            text.Append($"{indent}  {Quote(name)}: ");
            WriteArray(text, value, indent + "  ");
        }
        text.Append(first ? "}" : $"\n{indent}}}");
    }

    public static void WriteArray(StringBuilder text, NumericArray value, string indent)
    {
        switch (value.Rank)
        {
            case 0:
                text.Append(Number(value.Data[0]));
                break;
            case 1:
                AppendRow(text, value.Data.AsSpan());
                break;
            default:
                var columns = value.Shape[1];
                text.Append('[');
                for (var row = 0; row < value.Shape[0]; row++)
                {
                    text.Append(row == 0 ? "\n" : ",\n").Append(indent).Append("  ");
                    AppendRow(text, value.Data.AsSpan(row * columns, columns));
                }
                text.Append('\n').Append(indent).Append(']');
                break;
        }
    }

    /// <summary>The shortest text that parses back to exactly <paramref name="value"/>.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Fixtures hold finite numbers only.");
        }
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void AppendRow(StringBuilder text, ReadOnlySpan<double> row)
    {
        text.Append('[');
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }
            text.Append(Number(row[i]));
        }
        text.Append(']');
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
