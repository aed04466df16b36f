using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.SoftmaxRnn;
using Reference.Generator.Fixtures;

namespace Reference.Generator.SoftmaxRnn;

/// <summary>The <c>softmax-rnn</c> fixtures: a sweep of short lengths (T = 1, 2, 3, 5, named so they sort), a longer
/// sequence, and logits of magnitude 1000 (2000 hidden) that a softmax without the max shift turns into NaN.</summary>
public sealed class SoftmaxRnnFixtures : IFixtureGenerator, IKnownMistakes
{
    public static readonly IReadOnlyList<SoftmaxCase> Cases =
    [
        new(FixtureSet.Public, "length-01", 901, Length: 1, InputSize: 3, StateSize: 4, Classes: 3),
        new(FixtureSet.Public, "length-02", 902, Length: 2, InputSize: 3, StateSize: 4, Classes: 3),
        new(FixtureSet.Public, "length-03", 903, Length: 3, InputSize: 3, StateSize: 4, Classes: 3),
        new(FixtureSet.Public, "length-05", 905, Length: 5, InputSize: 3, StateSize: 4, Classes: 3),
        new(FixtureSet.Public, "logits-1000", 910, Length: 4, InputSize: 2, StateSize: 3, Classes: 4, OutputBiasScale: 1000),
        new(FixtureSet.Hidden, "length-01", 1101, Length: 1, InputSize: 2, StateSize: 5, Classes: 4),
        new(FixtureSet.Hidden, "length-02", 1102, Length: 2, InputSize: 2, StateSize: 5, Classes: 4),
        new(FixtureSet.Hidden, "length-03", 1103, Length: 3, InputSize: 4, StateSize: 3, Classes: 5),
        new(FixtureSet.Hidden, "length-05", 1105, Length: 5, InputSize: 1, StateSize: 2, Classes: 2),
        new(FixtureSet.Hidden, "length-10", 1110, Length: 10, InputSize: 4, StateSize: 3, Classes: 5),
        new(FixtureSet.Hidden, "logits-1000", 1120, Length: 6, InputSize: 3, StateSize: 4, Classes: 3, OutputBiasScale: 1000),
        // Its largest logit is past 709, where exp overflows: the hidden logits-1000 case stays below that.
        new(FixtureSet.Hidden, "logits-2000", 1121, Length: 3, InputSize: 2, StateSize: 3, Classes: 4, OutputBiasScale: 2000),
    ];

    public static readonly IReadOnlyDictionary<SoftmaxFlaw, string> MistakeNames = new Dictionary<SoftmaxFlaw, string>
    {
        [SoftmaxFlaw.RecurrentTermMissing] = SoftmaxRnnMistakes.RecurrentTermMissing,
        [SoftmaxFlaw.CurrentStateInDWhh] = SoftmaxRnnMistakes.CurrentStateInDWhh,
        [SoftmaxFlaw.TanhDerivativeMissing] = SoftmaxRnnMistakes.TanhDerivativeMissing,
        [SoftmaxFlaw.OneHotNotSubtracted] = SoftmaxRnnMistakes.OneHotNotSubtracted,
        [SoftmaxFlaw.LastStepOnly] = SoftmaxRnnMistakes.LastStepOnly,
    };

    private readonly FixtureBuilder<SoftmaxFlaw> _builder = new(new SoftmaxRnnModule(), MistakeNames, flaw => new FlawedSoftmaxRnn(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => SoftmaxRnnModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        Cases.Select(c => (c.Set, _builder.Build(c.Name, c.Seed, Inputs(c), new Reference.Solutions.SoftmaxRnn())));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(SoftmaxCase c)
    {
        var random = new SeededRandom(c.Seed);
        NumericArray Draw(int[] shape, double scale) => InputArrays.Draw(shape, () => random.Grid(scale));
        return new Dictionary<string, NumericArray>
        {
            ["x"] = Draw([c.Length, c.InputSize], 1),
            ["y"] = NumericArray.FromVector(Enumerable.Range(0, c.Length).Select(_ => (double)random.NextInt(c.Classes)).ToArray()),
            ["Wxh"] = Draw([c.StateSize, c.InputSize], 1),
            ["Whh"] = Draw([c.StateSize, c.StateSize], 1),
            ["bh"] = Draw([c.StateSize], 1),
            ["Whz"] = Draw([c.Classes, c.StateSize], 1),
            ["bz"] = Draw([c.Classes], c.OutputBiasScale),
        };
    }
}
