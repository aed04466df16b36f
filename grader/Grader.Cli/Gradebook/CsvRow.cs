namespace Grader.Cli.Gradebook;

/// <summary>One record of a <see cref="CsvTable"/>: the line it starts on, and its fields as written.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
