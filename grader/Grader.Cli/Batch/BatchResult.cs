namespace Grader.Cli.Batch;

/// <summary>What a batch did: the students graded or skipped, and what the TA must be told of them (hand scores that
/// a regrade could not keep, submissions with no known time).</summary>
public sealed record BatchResult(IReadOnlyList<string> Done, IReadOnlyList<string> Notices);
