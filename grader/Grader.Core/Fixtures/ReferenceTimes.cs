using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Core.Fixtures;

/// <summary>fixtures/reference-times.json: how long the answer key took on each case on the instructor's machine
/// (`reference time`), with that machine's <see cref="Execution.MachineCalibration"/>. The base of every call's time
/// limit, so that the grader never runs the answer key itself. Timings vary from run to run, so the file is not
/// part of the bit-for-bit fixtures or their manifest.</summary>
public sealed record ReferenceTimes(
    [property: JsonPropertyName("calibration_seconds")] double CalibrationSeconds,
    [property: JsonPropertyName("cases")] IReadOnlyDictionary<string, double> Cases)
{
    public const string FileName = "reference-times.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The key of a case: the slowest of its public and hidden versions counts, as a call does not say its set.</summary>
    public static string Key(string problem, string @case) => $"{problem}/{@case}";

    /// <summary>The file beside the fixtures, or null when there is none (or it cannot be read, with <paramref name="problem"/>
    /// saying why).</summary>
    public static ReferenceTimes? Load(string fixturesRoot, out string? problem)
    {
        problem = null;
        var path = Path.Combine(fixturesRoot, FileName);
        if (!File.Exists(path))
        {
            problem = $"{path} does not exist (run `reference time`)";
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ReferenceTimes>(File.ReadAllText(path), Options) is { CalibrationSeconds: > 0, Cases: not null } times
                ? times
                : throw new JsonException("no calibration or no cases");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"{path} cannot be read: {e.Message}";
            return null;
        }
    }

    public void Save(string fixturesRoot)
    {
        var sorted = new SortedDictionary<string, double>(Cases.ToDictionary(c => c.Key, c => Math.Round(c.Value, 6)), StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(fixturesRoot, FileName),
            JsonSerializer.Serialize(this with { Cases = sorted, CalibrationSeconds = Math.Round(CalibrationSeconds, 6) }, Options) + "\n");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cases.Count} cases, calibration {CalibrationSeconds * 1000:0.0} ms");
}
