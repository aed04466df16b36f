namespace Grader.Core.Fixtures;

/// <summary>A fixture file is missing or malformed: an instructor's problem, reported as a graded status.</summary>
public sealed class FixtureException(string message, Exception? inner = null) : Exception(message, inner);
