using Grader.Core.Fixtures;
using Grader.Core.Problems.GruCell;
using Reference.Generator.Fixtures;
using Reference.Generator.GruCell;
using Reference.Solutions;

namespace Reference.Tests.GruCell;

public sealed class FlawedGruCellTests
{
    private readonly GruCellModule _problem = new();

    [Test]
    public void Without_a_flaw_it_equals_the_answer_key_bit_for_bit()
    {
        foreach (var gruCase in GruCellFixtures.Cases)
        {
            var inputs = GruCellFixtures.Inputs(gruCase);
            var truth = ReferenceRun.Outputs(_problem, new Reference.Solutions.GruCell(), inputs);
            var flawless = ReferenceRun.Outputs(_problem, new FlawedGruCell(GruFlaw.None), inputs);
            foreach (var (name, value) in truth)
            {
                Assert.That(flawless[name].Data, Is.EqualTo(value.Data), $"{gruCase.Name}: {name}");
            }
        }
    }

    public static IEnumerable<GruFlaw> Flaws() => Enum.GetValues<GruFlaw>().Where(f => f != GruFlaw.None);

    [TestCaseSource(nameof(Flaws))]
    public void Every_flaw_is_named_and_recorded_in_every_public_case_with_more_than_one_unit(GruFlaw flaw)
    {
        Assert.That(GruCellFixtures.MistakeNames, Does.ContainKey(flaw));
        var name = GruCellFixtures.MistakeNames[flaw];
        Assert.That(GruCellMistakes.Hints, Does.ContainKey(name), "every mistake has a hint for students");
        var publicCases = new GruCellFixtures().Generate()
            .Where(f => f.Set == FixtureSet.Public && f.Fixture.Inputs["h"].Data.Length > 1);
        foreach (var (set, fixture) in publicCases)
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(name), $"{set}/{fixture.Case}");
        }
    }
}
