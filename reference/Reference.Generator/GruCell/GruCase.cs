using Grader.Core.Fixtures;

namespace Reference.Generator.GruCell;

/// <summary>The shape and scale of one GRU fixture.</summary>
/// <param name="InputSize">d, the length of x.</param>
/// <param name="StateSize">n, the length of h.</param>
/// <param name="WeightScale">Weights are uniform on [−scale, scale); large scales saturate σ and tanh.</param>
/// <param name="ValueScale">x, h and δ are uniform on [−scale, scale).</param>
/// <param name="RecordMistakes">Whether the fixture records the known mistakes' outputs; off for the largest case,
/// whose mistakes would add megabytes while the smaller cases already name every mistake.</param>
public sealed record GruCase(
    FixtureSet Set, string Name, long Seed, int InputSize, int StateSize, double WeightScale, double ValueScale, bool RecordMistakes = true);
