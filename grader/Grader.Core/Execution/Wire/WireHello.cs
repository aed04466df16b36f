namespace Grader.Core.Execution.Wire;

/// <summary>Runner → parent, once, after loading the submission: ready, or why the submission cannot be loaded.</summary>
public sealed record WireHello(bool Ready, string? Error);
