namespace Grader.Cli.SelfCheck;

/// <summary>One mutant graded: its status, what killed it (or why it is equivalent), and how long it took.</summary>
public sealed record MutantResult(Mutant Mutant, MutantStatus Status, string Detail, TimeSpan Elapsed);
