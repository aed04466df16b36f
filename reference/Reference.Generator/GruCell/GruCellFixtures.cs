using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.GruCell;
using Reference.Generator.Fixtures;
using Reference.Solutions;

namespace Reference.Generator.GruCell;

/// <summary>The <c>gru-cell</c> fixtures: the assignment's size, larger ones, d &gt; n, d &lt; n, n = 1, and saturating magnitudes.</summary>
public sealed class GruCellFixtures : IFixtureGenerator, IKnownMistakes
{
    public static readonly IReadOnlyList<GruCase> Cases =
    [
        new(FixtureSet.Public, "assignment", 17, InputSize: 5, StateSize: 2, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Public, "input-larger", 18, InputSize: 7, StateSize: 3, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Public, "state-larger", 19, InputSize: 2, StateSize: 6, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Public, "one-unit", 20, InputSize: 3, StateSize: 1, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Hidden, "assignment", 101, InputSize: 5, StateSize: 2, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Hidden, "large", 102, InputSize: 100, StateSize: 150, WeightScale: 0.125, ValueScale: 1, RecordMistakes: false),
        new(FixtureSet.Hidden, "input-larger", 103, InputSize: 12, StateSize: 4, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Hidden, "state-larger", 104, InputSize: 3, StateSize: 10, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Hidden, "one-by-one", 105, InputSize: 1, StateSize: 1, WeightScale: 1, ValueScale: 1),
        new(FixtureSet.Hidden, "saturated", 106, InputSize: 4, StateSize: 3, WeightScale: 4, ValueScale: 3),
    ];

    /// <summary>Each flaw under the name the grader reports.</summary>
    public static readonly IReadOnlyDictionary<GruFlaw, string> MistakeNames = new Dictionary<GruFlaw, string>
    {
        [GruFlaw.DWhTransposed] = GruCellMistakes.DWhTransposed,
        [GruFlaw.DWzhTransposed] = GruCellMistakes.DWzhTransposed,
        [GruFlaw.DWrhTransposed] = GruCellMistakes.DWrhTransposed,
        [GruFlaw.UpdateGateSwapped] = GruCellMistakes.UpdateGateSwapped,
        [GruFlaw.ResetLeftOutOfDWh] = GruCellMistakes.ResetLeftOutOfDWh,
        [GruFlaw.DirectPathMissing] = GruCellMistakes.DirectPathMissing,
        [GruFlaw.UpdateSignFlipped] = GruCellMistakes.UpdateSignFlipped,
        [GruFlaw.TanhDerivativeMissing] = GruCellMistakes.TanhDerivativeMissing,
        [GruFlaw.SigmoidDerivativeMissing] = GruCellMistakes.SigmoidDerivativeMissing,
        [GruFlaw.ResetPathMissingFromDh] = GruCellMistakes.ResetPathMissingFromDh,
    };

    private readonly FixtureBuilder<GruFlaw> _builder = new(new GruCellModule(), MistakeNames, flaw => new FlawedGruCell(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => GruCellModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Cases.Select(c =>
        (c.Set, _builder.Build(c.Name, c.Seed, Inputs(c), new Reference.Solutions.GruCell(), record: _ => c.RecordMistakes)));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(GruCase gruCase)
    {
        var random = new SeededRandom(gruCase.Seed);
        var (d, n) = (gruCase.InputSize, gruCase.StateSize);
        var inputs = new Dictionary<string, NumericArray>
        {
            ["x"] = Uniform(random, [d], gruCase.ValueScale),
            ["h"] = Uniform(random, [n], gruCase.ValueScale),
        };
        foreach (var weight in GruCellModule.Weights)
        {
            inputs[weight] = Uniform(random, [n, weight.EndsWith('h') ? n : d], gruCase.WeightScale);
        }
        inputs["delta"] = Uniform(random, [n], gruCase.ValueScale);
        return inputs;
    }

    private static NumericArray Uniform(SeededRandom random, int[] shape, double scale) => InputArrays.Draw(shape, () => random.Grid(scale));
}
