using Reference.Generator.Gru;
using Reference.Generator.LinearAutoencoder;
using Reference.Generator.MlpSelection;

namespace Reference.Generator.Fixtures;

/// <summary>Every problem's fixture generator.</summary>
public static class Generators
{
    public static IReadOnlyList<IFixtureGenerator> All { get; } = [new GruCellFixtures(), new MlpSelectionFixtures(), new LinearAutoencoderFixtures()];
}
