namespace Grader.Core.Diagnosis;

/// <summary>One probed element of a gradient: the submission's backward value and the finite-difference estimate of
/// its own forward pass.</summary>
/// <param name="Index">The element as shown to students, e.g. <c>[1, 2]</c>.</param>
internal sealed record Probe(string Index, double Backward, double Estimate);
