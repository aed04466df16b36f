using Reference.Generator.CharRnn;
using Reference.Generator.Gru;
using Reference.Generator.Lstm;

namespace Reference.Generator.Fixtures;

/// <summary>Every problem's fixture generator.</summary>
public static class Generators
{
    public static IReadOnlyList<IFixtureGenerator> All { get; } = [new GruCellFixtures(), new CharRnnFixtures(), new LstmWorkedFixtures()];
}
