namespace Grader.Cli.Batch;

/// <summary>How a batch runs: where reports go, how many at once, which shard, whether to regrade everything.</summary>
/// <param name="FixturesDigest">Hash of the fixtures, part of every submission's grade key.</param>
/// <param name="SettingsText">The grading settings as text, part of every grade key.</param>
public sealed record BatchSettings(string Output, int Jobs, bool Force, ShardSpec Shard, string FixturesDigest, string SettingsText);
