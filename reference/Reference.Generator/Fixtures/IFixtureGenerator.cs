using Grader.Core.Fixtures;

namespace Reference.Generator.Fixtures;

/// <summary>Produces every fixture of one problem, deterministically.</summary>
public interface IFixtureGenerator
{
    string Problem { get; }

    IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate();
}
