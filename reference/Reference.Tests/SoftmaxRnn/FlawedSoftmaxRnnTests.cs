using Grader.Core.Fixtures;
using Grader.Core.Problems.SoftmaxRnn;
using Reference.Generator.Fixtures;
using Reference.Generator.SoftmaxRnn;

namespace Reference.Tests.SoftmaxRnn;

public sealed class FlawedSoftmaxRnnTests
{
    private readonly SoftmaxRnnModule _problem = new();

    [Test]
    public void Without_a_flaw_it_equals_the_answer_key_bit_for_bit()
    {
        foreach (var softmaxCase in SoftmaxRnnFixtures.Cases)
        {
            var inputs = SoftmaxRnnFixtures.Inputs(softmaxCase);
            var truth = ReferenceRun.Outputs(_problem, new Reference.Solutions.SoftmaxRnn(), inputs);
            var flawless = ReferenceRun.Outputs(_problem, new FlawedSoftmaxRnn(SoftmaxFlaw.None), inputs);
            foreach (var (name, value) in truth)
            {
                Assert.That(flawless[name].Data, Is.EqualTo(value.Data), $"{softmaxCase.Name}: {name}");
            }
        }
    }

    public static IEnumerable<SoftmaxFlaw> Flaws() => Enum.GetValues<SoftmaxFlaw>().Where(f => f != SoftmaxFlaw.None);

    [TestCaseSource(nameof(Flaws))]
    public void Every_flaw_is_named_hinted_and_recorded_in_every_public_sweep_case_of_two_steps_or_more(SoftmaxFlaw flaw)
    {
        var name = SoftmaxRnnFixtures.MistakeNames[flaw];
        Assert.That(SoftmaxRnnMistakes.Hints, Does.ContainKey(name));
        var sweep = new SoftmaxRnnFixtures().Generate()
            .Where(f => f.Set == FixtureSet.Public && f.Fixture.Case.StartsWith("length-") && f.Fixture.Inputs["x"].Shape[0] >= 2);
        foreach (var (_, fixture) in sweep)
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(name), fixture.Case);
        }
    }
}
