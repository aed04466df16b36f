using System.Text.Json;
using Grader.Core.Assignments;
using Grader.Core.Problems;
using Json.Schema;

namespace Grader.Cli.Assignments;

/// <summary>Reads an assignment file: checked against assignments/assignment.schema.json, then against the problems the
/// grader knows and the arithmetic of its points. Every error is listed with its line; a file with any is refused.</summary>
public static class AssignmentFile
{
    public const string SchemaFile = "assignment.schema.json";

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The assignment in <paramref name="path"/>, or null with <paramref name="errors"/> saying why, each
    /// as <c>file:line: what</c>.</summary>
    public static Assignment? Load(string path, ProblemCatalog catalog, JsonSchema schema, out IReadOnlyList<string> errors)
    {
        var found = new List<string>();
        errors = found;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add($"{path}: cannot be read: {e.Message}");
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            found.Add($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
            return null;
        }
        var lines = JsonLines.Of(text);
        void Add(string pointer, string message) => found.Add($"{path}:{JsonLines.LineOf(lines, pointer)}: {message}");

        using (document)
        {
            var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            {
                foreach (var message in detail.Errors!.Values.Distinct())
                {
                    var at = detail.InstanceLocation.ToString();
                    Add(at, $"{(at.Length == 0 ? "the file" : at.TrimStart('/'))}: {message}");
                }
            }
            if (results.Details is null or { Count: 0 } && !results.IsValid)
            {
                Add("", "the file does not follow the assignment schema");
            }
            if (found.Count > 0)
            {
                return null;
            }
            var assignment = document.RootElement.Deserialize<Assignment>(Options)!;
            foreach (var (pointer, message) in AssignmentRules.Check(assignment, Path.GetFileNameWithoutExtension(path), catalog))
            {
                Add(pointer, message);
            }
            return found.Count == 0 ? assignment : null;
        }
    }

    /// <summary>assignments/assignment.schema.json, as built into the grader.</summary>
    public static JsonSchema Schema()
    {
        using var stream = typeof(AssignmentFile).Assembly.GetManifestResourceStream(SchemaFile)
            ?? throw new InvalidOperationException($"The grader was built without {SchemaFile}.");
        // A registry of its own: the global one refuses the same $id twice, and nothing here is shared between runs.
        return JsonSchema.FromText(new StreamReader(stream).ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

}
