using Grader.Core.Problems;
using Reference.Generator.Fixtures;

namespace Grader.Tests;

/// <summary>The problem modules and fixture generators, discovered once for the tests (both are immutable).</summary>
/// <remarks>Reference.Tests compiles this same file.</remarks>
internal static class TestCatalog
{
    public static ProblemCatalog All { get; } = ProblemCatalog.Discover();

    public static IReadOnlyList<IFixtureGenerator> Generators { get; } = Reference.Generator.Fixtures.Generators.Discover(All);

    /// <summary>The problems whose contract has a forward pass that diagnosis differentiates.</summary>
    public static IEnumerable<IProblemModule> Differentiable => All.Problems.Where(p => p.ForwardModel is not null);
}
