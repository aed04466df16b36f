namespace Grader.Core.Grading;

/// <summary>Marks code that measures or judges a submission's outputs against the grader's own reference (a trained
/// classifier, a decomposition, an update rule): it runs in the grader's process, never in the runner beside student
/// code, which could tamper with it there.</summary>
/// <remarks>Criteria, tolerances and comparisons need no mark: <c>RunnerPathTests</c> refuses them on the runner's path
/// by their namespace and interfaces, and refuses every type with this attribute.</remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class GraderSideAttribute : Attribute;
