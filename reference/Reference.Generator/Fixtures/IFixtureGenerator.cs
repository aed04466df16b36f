using Grader.Core.Fixtures;

namespace Reference.Generator.Fixtures;

/// <summary>Produces every fixture of one problem, deterministically.</summary>
public interface IFixtureGenerator
{
    string Problem { get; }

    IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate();

    /// <summary>Data files students get besides the fixtures (CSV data sets), written to fixtures/data/ under these names.</summary>
    IEnumerable<(string Path, string Content)> DataFiles() => [];
}
