using System.Text.Json.Serialization;

namespace Reference.Generator.Fixtures;

/// <summary>One file of the manifest, its path relative to the fixtures folder (always with '/').</summary>
public sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256);
