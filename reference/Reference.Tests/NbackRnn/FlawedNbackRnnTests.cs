using Grader.Core.Fixtures;
using Grader.Core.Problems.NbackRnn;
using Reference.Generator.NbackRnn;

namespace Reference.Tests.NbackRnn;

public sealed class FlawedNbackRnnTests
{
    private static readonly Lazy<(FixtureSet Set, Fixture Fixture)[]> Generated = new(() => new NbackRnnFixtures().Generate().ToArray());

    [Test]
    public void Without_a_flaw_its_gradients_equal_the_answer_key_bit_for_bit()
    {
        foreach (var nbackCase in NbackRnnFixtures.Cases)
        {
            var inputs = NbackRnnFixtures.Inputs(nbackCase);
            var (x, y) = (inputs["x"].ToMatrix(), inputs["y"].ToVector());
            var truth = new Reference.Solutions.NbackRnn { U = inputs["U"].ToMatrix(), V = inputs["V"].ToMatrix(), W = inputs["w"].ToVector() }.Gradients(x, y);
            var flawless = new FlawedNbackRnn(NbackFlaw.None) { U = inputs["U"].ToMatrix(), V = inputs["V"].ToMatrix(), W = inputs["w"].ToVector() }.Gradients(x, y);
            Assert.That(flawless.DU.ToRowMajorArray(), Is.EqualTo(truth.DU.ToRowMajorArray()), nbackCase.Name);
            Assert.That(flawless.DV.ToRowMajorArray(), Is.EqualTo(truth.DV.ToRowMajorArray()), nbackCase.Name);
            Assert.That(flawless.Dw.ToArray(), Is.EqualTo(truth.Dw.ToArray()), nbackCase.Name);
        }
    }

    public static IEnumerable<NbackFlaw> Flaws() => Enum.GetValues<NbackFlaw>().Where(f => f != NbackFlaw.None);

    [TestCaseSource(nameof(Flaws))]
    public void Every_flaw_is_named_hinted_and_recorded_in_every_public_case_of_two_steps_or_more(NbackFlaw flaw)
    {
        var name = NbackRnnFixtures.MistakeNames[flaw];
        Assert.That(NbackRnnMistakes.Hints, Does.ContainKey(name));
        var cases = Generated.Value
            .Where(f => f.Set == FixtureSet.Public && f.Fixture.Inputs["x"].Shape[0] >= 2 && !f.Fixture.Inputs.ContainsKey(NbackRnnModule.TrainSeed));
        foreach (var (_, fixture) in cases)
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(name), fixture.Case);
        }
    }
}
