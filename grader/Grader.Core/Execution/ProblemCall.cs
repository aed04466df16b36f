using Grader.Core.Numerics;

namespace Grader.Core.Execution;

/// <summary>One call into student code: a problem, a case name, and its inputs. Never the expected values.</summary>
public sealed record ProblemCall(string Problem, string Case, IReadOnlyDictionary<string, NumericArray> Inputs);
