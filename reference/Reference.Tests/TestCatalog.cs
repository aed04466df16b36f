using Grader.Core.Problems;
using Reference.Generator.Fixtures;

namespace Reference.Tests;

/// <summary>The problem modules and fixture generators, discovered once for the tests (both are immutable).</summary>
internal static class TestCatalog
{
    public static ProblemCatalog All { get; } = ProblemCatalog.Discover();

    public static IReadOnlyList<IFixtureGenerator> Generators { get; } = Reference.Generator.Fixtures.Generators.Discover(All);
}
