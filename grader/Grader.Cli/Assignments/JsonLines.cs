using System.Text;
using System.Text.Json;

namespace Grader.Cli.Assignments;

/// <summary>The line of every value of a JSON document, by its JSON pointer, so that an error found on the parsed
/// document can name the line a person edits.</summary>
public static class JsonLines
{
    public static IReadOnlyDictionary<string, int> Of(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var indexes = new Stack<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var (lastOffset, line) = (0, 1);
        int LineAt(long offset)
        {
            for (; lastOffset < offset; lastOffset++)
            {
                line += bytes[lastOffset] == '\n' ? 1 : 0;
            }
            return line;
        }
        string? pending = null;
        while (reader.Read())
        {
            var at = LineAt(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString()!;
                    lines[Pointer(path, pending)] = at;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    indexes.Pop();
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }
                    continue;
            }
            var key = pending ?? (indexes.Count > 0 ? Next(indexes) : null);
            pending = null;
            if (key is not null)
            {
                lines.TryAdd(Pointer(path, key), at);
            }
            else
            {
                lines.TryAdd("", at);
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (key is not null)
                {
                    path.Add(key);
                }
                indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }
        return lines;
    }

    /// <summary>The line of <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    public static int LineOf(IReadOnlyDictionary<string, int> lines, string pointer)
    {
        for (var p = pointer; ; p = p[..p.LastIndexOf('/')])
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }
            if (p.Length == 0)
            {
                return 1;
            }
        }
    }

    /// <summary>The next array index for a value inside an array (null inside an object: its key comes first).</summary>
    private static string? Next(Stack<int> indexes)
    {
        var index = indexes.Pop();
        if (index < 0)
        {
            indexes.Push(index);
            return null;
        }
        indexes.Push(index + 1);
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Pointer(List<string> path, string key) =>
        string.Concat(path.Select(p => "/" + Escape(p))) + "/" + Escape(key);

    private static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");
}
