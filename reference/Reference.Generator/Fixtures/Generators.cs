using Reference.Generator.CharRnn;
using Reference.Generator.GruCell;
using Reference.Generator.NbackRnn;
using Reference.Generator.SigmoidRnn;
using Reference.Generator.SoftmaxRnn;
using Reference.Generator.LstmWorked;
using Reference.Generator.LinearAutoencoder;
using Reference.Generator.MlpSelection;
using Reference.Generator.MlpComplexity;
using Reference.Generator.InfoGan;

namespace Reference.Generator.Fixtures;

/// <summary>Every problem's fixture generator.</summary>
public static class Generators
{
    public static IReadOnlyList<IFixtureGenerator> All { get; } =
    [
        new GruCellFixtures(), new NbackRnnFixtures(), new SigmoidRnnFixtures(), new SoftmaxRnnFixtures(),
        new MlpSelectionFixtures(), new MlpComplexityFixtures(), new LinearAutoencoderFixtures(), new CharRnnFixtures(), new LstmWorkedFixtures(),
        new InfoGanFixtures(),
    ];
}
