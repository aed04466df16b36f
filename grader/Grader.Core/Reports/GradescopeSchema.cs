using System.Text.Json;

namespace Grader.Core.Reports;

/// <summary>Checks a results.json against Gradescope's documented autograder schema: the fields it reads, their types,
/// and the values it accepts.</summary>
internal static class GradescopeSchema
{
    private static readonly string[] Visibilities = ["hidden", "after_due_date", "after_published", "visible"];
    private static readonly string[] Formats = ["text", "html", "simple_format", "md", "ansi"];

    /// <returns>One line per violation; empty when the document is valid.</returns>
    public static IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [$"not JSON: {e.Message}"];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ["the document is not an object"];
            }
            Optional(root, "score", JsonValueKind.Number, "", errors);
            Optional(root, "output", JsonValueKind.String, "", errors);
            Allowed(root, "visibility", Visibilities, "", errors);
            Allowed(root, "stdout_visibility", Visibilities, "", errors);
            Allowed(root, "output_format", Formats, "", errors);
            if (!root.TryGetProperty("tests", out var tests) || tests.ValueKind != JsonValueKind.Array)
            {
                errors.Add("tests: missing or not an array (required when score is absent, and written by this grader)");
                return errors;
            }
            var i = 0;
            foreach (var test in tests.EnumerateArray())
            {
                var at = $"tests[{i++}].";
                Optional(test, "score", JsonValueKind.Number, at, errors);
                Optional(test, "max_score", JsonValueKind.Number, at, errors);
                Optional(test, "name", JsonValueKind.String, at, errors);
                Optional(test, "output", JsonValueKind.String, at, errors);
                Allowed(test, "status", ["passed", "failed"], at, errors);
                Allowed(test, "visibility", Visibilities, at, errors);
                Allowed(test, "output_format", Formats, at, errors);
                if (!test.TryGetProperty("score", out _) && !test.TryGetProperty("status", out _))
                {
                    errors.Add($"{at}: needs a score or a status");
                }
            }
        }
        return errors;
    }

    private static void Optional(JsonElement element, string name, JsonValueKind kind, string at, List<string> errors)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind != kind)
        {
            errors.Add($"{at}{name}: a {value.ValueKind}, expected a {kind}");
        }
    }

    private static void Allowed(JsonElement element, string name, string[] values, string at, List<string> errors)
    {
        if (element.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.String || !values.Contains(value.GetString())))
        {
            errors.Add($"{at}{name}: '{value}' is not one of {string.Join(", ", values)}");
        }
    }
}
