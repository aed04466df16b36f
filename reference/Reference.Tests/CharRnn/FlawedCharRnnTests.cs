using Grader.Core.Fixtures;
using Grader.Core.Problems.CharRnn;
using Reference.Generator.CharRnn;
using Reference.Generator.Fixtures;

namespace Reference.Tests.CharRnn;

public sealed class FlawedCharRnnTests
{
    private static readonly Lazy<(FixtureSet Set, Fixture Fixture)[]> Generated = new(() => new CharRnnFixtures().Generate().ToArray());

    private readonly CharRnnModule _problem = new();

    [Test]
    public void Without_a_flaw_it_equals_the_answer_key_bit_for_bit()
    {
        foreach (var rnnCase in CharRnnFixtures.Cases.Where(c => c.Name != "train"))
        {
            var inputs = CharRnnFixtures.Inputs(rnnCase);
            var truth = ReferenceRun.Outputs(_problem, new Reference.Solutions.CharRnn(), inputs);
            var flawless = ReferenceRun.Outputs(_problem, new FlawedCharRnn(CharRnnFlaw.None), inputs);
            foreach (var (name, value) in truth)
            {
                Assert.That(flawless[name].Data, Is.EqualTo(value.Data), $"{rnnCase.Set}/{rnnCase.Name}: {name}");
            }
        }
    }

    public static IEnumerable<CharRnnFlaw> Flaws() => Enum.GetValues<CharRnnFlaw>().Where(f => f != CharRnnFlaw.None);

    [TestCaseSource(nameof(Flaws))]
    public void Every_flaw_is_named_and_recorded_in_every_public_case_longer_than_one_step(CharRnnFlaw flaw)
    {
        Assert.That(CharRnnFixtures.MistakeNames, Does.ContainKey(flaw));
        var name = CharRnnFixtures.MistakeNames[flaw];
        Assert.That(CharRnnMistakes.Hints, Does.ContainKey(name), "every mistake has a hint for students");
        var publicCases = CharRnnFixtures.Cases.Where(c => c.Set == FixtureSet.Public && c.SeqLength > 1).Select(c => c.Name).ToHashSet();
        var fixtures = Generated.Value.Where(f => f.Set == FixtureSet.Public && publicCases.Contains(f.Fixture.Case)).ToArray();
        Assert.That(fixtures, Has.Length.EqualTo(publicCases.Count));
        foreach (var (set, fixture) in fixtures)
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(name), $"{set}/{fixture.Case}");
        }
    }
}
