namespace Grader.Cli.SelfCheck;

/// <summary>A mutant that computes what the answer key computes, by its stable id, and why.</summary>
public sealed record EquivalentMutant(string Id, string Reason);
