using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.LstmWorked;
using Reference.Generator.Fixtures;

namespace Reference.Generator.LstmWorked;

/// <summary>The <c>lstm-worked</c> fixtures: the three inputs of the problem applied from the initial state (public,
/// what the problem asks) and applied in sequence with the state carried (hidden).</summary>
public sealed class LstmWorkedFixtures : IFixtureGenerator, IKnownMistakes
{
    /// <summary>The problem's inputs x = [1 0 0], [0 1 0], [1 0 1], one per row.</summary>
    public static readonly double[] ProblemInputs = [1, 0, 0, 0, 1, 0, 1, 0, 1];

    public static readonly IReadOnlyList<(FixtureSet Set, string Name, bool Carry)> Cases =
    [
        (FixtureSet.Public, "from-initial-state", false),
        (FixtureSet.Hidden, "in-sequence", true),
    ];

    public static readonly IReadOnlyDictionary<LstmFlaw, string> MistakeNames = new Dictionary<LstmFlaw, string>
    {
        [LstmFlaw.ConcatenationReversed] = LstmWorkedMistakes.ConcatenationReversed,
        [LstmFlaw.CandidateWithSigmoid] = LstmWorkedMistakes.CandidateWithSigmoid,
        [LstmFlaw.OutputWithoutTanh] = LstmWorkedMistakes.OutputWithoutTanh,
        [LstmFlaw.BiasSignFlipped] = LstmWorkedMistakes.BiasSignFlipped,
        [LstmFlaw.GatesSwappedInCell] = LstmWorkedMistakes.GatesSwappedInCell,
    };

    private readonly FixtureBuilder<LstmFlaw> _builder = new(new LstmWorkedModule(), MistakeNames, flaw => new FlawedLstmWorked(flaw));

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => LstmWorkedModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        Cases.Select(c => (c.Set, _builder.Build(c.Name, 0, Inputs(c.Carry), new Reference.Solutions.LstmWorked())));

    public static IReadOnlyDictionary<string, NumericArray> Inputs(bool carry) => new Dictionary<string, NumericArray>
    {
        ["x"] = new NumericArray([3, 3], ProblemInputs),
        ["h0"] = NumericArray.Scalar(WorkedLstm.H0),
        ["C0"] = NumericArray.Scalar(WorkedLstm.C0),
        ["carry"] = NumericArray.Scalar(carry ? 1 : 0),
    };
}
