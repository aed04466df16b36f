using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems;
using Grader.Core.Problems.CharRnn;
using Grader.Core.Problems.GruCell;
using Grader.Core.Problems.LstmWorked;
using Grader.Core.Problems.NbackRnn;
using Grader.Core.Problems.SigmoidRnn;
using Grader.Core.Problems.SoftmaxRnn;
using Grader.Tests;
using Reference.Generator.CharRnn;
using Reference.Generator.Fixtures;
using Reference.Generator.GruCell;
using Reference.Generator.LstmWorked;
using Reference.Generator.NbackRnn;
using Reference.Generator.SigmoidRnn;
using Reference.Generator.SoftmaxRnn;

namespace Reference.Tests.Fixtures;

/// <summary>The flawed implementations the fixtures record, from one table of problems: without a flaw each is the
/// answer key bit for bit, and every flaw is named, hinted and recorded in every fixture where it must show.</summary>
public sealed class FlawedImplementationTests
{
    private static readonly IReadOnlyDictionary<string, Row> Rows = new Dictionary<string, Row>
    {
        [GruCellModule.ProblemId] = new(() => new Reference.Solutions.GruCell(), () => new FlawedGruCell(GruFlaw.None),
            () => GruCellFixtures.Cases.Select(c => Case($"{c.Set}/{c.Name}", GruCellFixtures.Inputs(c))),
            Names(GruCellFixtures.MistakeNames),
            // One unit has nothing to transpose.
            (set, fixture) => set == FixtureSet.Public && fixture.Inputs["h"].Data.Length > 1),
        [CharRnnModule.ProblemId] = new(() => new Reference.Solutions.CharRnn(), () => new FlawedCharRnn(CharRnnFlaw.None),
            () => CharRnnFixtures.Cases.Where(c => c.Name != "train").Select(c => Case($"{c.Set}/{c.Name}", CharRnnFixtures.Inputs(c))),
            Names(CharRnnFixtures.MistakeNames),
            (set, fixture) => set == FixtureSet.Public && CharRnnFixtures.Cases.Any(c => c.Set == set && c.Name == fixture.Case && c.SeqLength > 1)),
        [NbackRnnModule.ProblemId] = new(() => new Reference.Solutions.NbackRnn(), () => new FlawedNbackRnn(NbackFlaw.None),
            () => NbackRnnFixtures.Cases.Where(c => c.TrainSeed is null).Select(c => Case($"{c.Set}/{c.Name}", NbackRnnFixtures.Inputs(c))),
            Names(NbackRnnFixtures.MistakeNames),
            (set, fixture) => set == FixtureSet.Public && fixture.Inputs["x"].Shape[0] >= 2 && !fixture.Inputs.ContainsKey(NbackRnnModule.TrainSeed)),
        [SigmoidRnnModule.ProblemId] = new(() => new Reference.Solutions.SigmoidRnn(), () => new FlawedSigmoidRnn(SigmoidFlaw.None),
            () => SigmoidRnnFixtures.Cases.Select(c => Case($"{c.Set}/{c.Name}", SigmoidRnnFixtures.Inputs(c))),
            Names(SigmoidRnnFixtures.MistakeNames),
            (set, fixture) => set == FixtureSet.Public && fixture.Inputs["x"].Data.Length >= 2),
        [SoftmaxRnnModule.ProblemId] = new(() => new Reference.Solutions.SoftmaxRnn(), () => new FlawedSoftmaxRnn(SoftmaxFlaw.None),
            () => SoftmaxRnnFixtures.Cases.Select(c => Case($"{c.Set}/{c.Name}", SoftmaxRnnFixtures.Inputs(c))),
            Names(SoftmaxRnnFixtures.MistakeNames),
            (set, fixture) => set == FixtureSet.Public && fixture.Case.StartsWith("length-", StringComparison.Ordinal) && fixture.Inputs["x"].Shape[0] >= 2),
        [LstmWorkedModule.ProblemId] = new(() => new Reference.Solutions.LstmWorked(), () => new FlawedLstmWorked(LstmFlaw.None),
            () => new[] { false, true }.Select(carry => Case($"carry {carry}", LstmWorkedFixtures.Inputs(carry))),
            Names(LstmWorkedFixtures.MistakeNames),
            (_, _) => true),
    };

    private static readonly Dictionary<string, (FixtureSet Set, Fixture Fixture)[]> Generated = [];

    public static IEnumerable<TestCaseData> Problems() => Rows.Keys.Select(p => new TestCaseData(p).SetName($"{{m}}({p})"));

    public static IEnumerable<TestCaseData> Mistakes() =>
        Rows.SelectMany(r => r.Value.Mistakes.Select(m => new TestCaseData(r.Key, m).SetName($"{{m}}({r.Key}: {m})")));

    [TestCaseSource(nameof(Problems))]
    public void Without_a_flaw_it_equals_the_answer_key_bit_for_bit(string problem)
    {
        var row = Rows[problem];
        var contract = TestCatalog.All.Get(problem);
        foreach (var (name, inputs) in row.Cases())
        {
            var truth = ReferenceRun.Outputs(contract, row.AnswerKey(), inputs);
            var flawless = ReferenceRun.Outputs(contract, row.Flawless(), inputs);
            foreach (var (quantity, value) in truth)
            {
                Assert.That(flawless[quantity].Data, Is.EqualTo(value.Data), $"{name}: {quantity}");
            }
        }
    }

    [TestCaseSource(nameof(Mistakes))]
    public void Every_flaw_is_named_hinted_and_recorded_where_it_must_show(string problem, string mistake)
    {
        Assert.That(TestCatalog.All.Get(problem).MistakeHints, Does.ContainKey(mistake), "every mistake has a hint for students");
        var where = Fixtures(problem).Where(f => Rows[problem].MustShow(f.Set, f.Fixture)).ToArray();
        Assert.That(where, Is.Not.Empty);
        foreach (var (set, fixture) in where)
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(mistake), $"{set}/{fixture.Case}");
        }
    }

    private static (FixtureSet Set, Fixture Fixture)[] Fixtures(string problem)
    {
        lock (Generated)
        {
            if (!Generated.TryGetValue(problem, out var fixtures))
            {
                Generated[problem] = fixtures = TestCatalog.Generators.Single(g => g.Problem == problem).Generate().ToArray();
            }
            return fixtures;
        }
    }

    private static (string Name, IReadOnlyDictionary<string, NumericArray> Inputs) Case(string name, IReadOnlyDictionary<string, NumericArray> inputs) =>
        (name, inputs);

    /// <summary>Every flaw's mistake name; a flaw without one is named so, and fails for want of a hint.</summary>
    private static string[] Names<TFlaw>(IReadOnlyDictionary<TFlaw, string> names) where TFlaw : struct, Enum =>
        Enum.GetValues<TFlaw>().Where(f => f.ToString() != "None")
            .Select(f => names.TryGetValue(f, out var name) ? name : $"{f} (no mistake name)").ToArray();

    /// <param name="AnswerKey">Creates the answer key.</param>
    /// <param name="Flawless">Creates the flawed implementation without a flaw.</param>
    /// <param name="Cases">Every case's inputs, for comparing the two.</param>
    /// <param name="Mistakes">Every flaw's mistake name.</param>
    /// <param name="MustShow">The fixtures every flaw must be recorded in: those where it changes an output.</param>
    private sealed record Row(
        Func<object> AnswerKey,
        Func<object> Flawless,
        Func<IEnumerable<(string Name, IReadOnlyDictionary<string, NumericArray> Inputs)>> Cases,
        IReadOnlyList<string> Mistakes,
        Func<FixtureSet, Fixture, bool> MustShow);
}
