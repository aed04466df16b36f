using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reference.Generator.Fixtures;

/// <summary>fixtures/manifest.json: every generated file with its SHA-256, and the generator's version.</summary>
public sealed record FixtureManifest(
    [property: JsonPropertyName("generator_version")] string GeneratorVersion,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "manifest.json";

    /// <summary>Bump when the generator changes what it writes, so a changed fixture is never a silent surprise.</summary>
    public const string CurrentVersion = "1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, IndentSize = 2 };

    public static FixtureManifest Of(IReadOnlyDictionary<string, string> files) => new(
        CurrentVersion,
        files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new ManifestEntry(f.Key, Sha256(f.Value)))
            .ToArray());

    public static string Sha256(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static FixtureManifest Parse(string json) =>
        JsonSerializer.Deserialize<FixtureManifest>(json, Options) ?? throw new JsonException("manifest.json is null");
}
