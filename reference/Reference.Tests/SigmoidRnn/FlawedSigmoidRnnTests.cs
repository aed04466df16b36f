using Grader.Core.Fixtures;
using Grader.Core.Problems.SigmoidRnn;
using Reference.Generator.Fixtures;
using Reference.Generator.SigmoidRnn;

namespace Reference.Tests.SigmoidRnn;

public sealed class FlawedSigmoidRnnTests
{
    private readonly SigmoidRnnModule _problem = new();

    [Test]
    public void Without_a_flaw_it_equals_the_answer_key_bit_for_bit()
    {
        foreach (var sigmoidCase in SigmoidRnnFixtures.Cases)
        {
            var inputs = SigmoidRnnFixtures.Inputs(sigmoidCase);
            var truth = ReferenceRun.Outputs(_problem, new Reference.Solutions.SigmoidRnn(), inputs);
            var flawless = ReferenceRun.Outputs(_problem, new FlawedSigmoidRnn(SigmoidFlaw.None), inputs);
            foreach (var (name, value) in truth)
            {
                Assert.That(flawless[name].Data, Is.EqualTo(value.Data), $"{sigmoidCase.Name}: {name}");
            }
        }
    }

    public static IEnumerable<SigmoidFlaw> Flaws() => Enum.GetValues<SigmoidFlaw>().Where(f => f != SigmoidFlaw.None);

    [TestCaseSource(nameof(Flaws))]
    public void Every_flaw_is_named_hinted_and_recorded_in_every_public_case_of_two_steps_or_more(SigmoidFlaw flaw)
    {
        var name = SigmoidRnnFixtures.MistakeNames[flaw];
        Assert.That(SigmoidRnnMistakes.Hints, Does.ContainKey(name));
        foreach (var (_, fixture) in new SigmoidRnnFixtures().Generate().Where(f => f.Set == FixtureSet.Public && f.Fixture.Inputs["x"].Data.Length >= 2))
        {
            Assert.That(fixture.Mistakes, Does.ContainKey(name), fixture.Case);
        }
    }
}
