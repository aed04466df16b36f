using Grader.Core.Grading;

namespace Grader.Core.Execution;

/// <summary>Why student code produced no value: a status and a message for the student.</summary>
public sealed record StudentFailure(CheckStatus Status, string Message);
