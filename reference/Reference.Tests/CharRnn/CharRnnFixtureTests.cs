using Grader.Core.Fixtures;
using Grader.Core.Problems.CharRnn;
using Reference.Generator.CharRnn;

namespace Reference.Tests.CharRnn;

/// <summary>The char-rnn fixtures cover what the problem promises, and the training cases learn.</summary>
public sealed class CharRnnFixtureTests
{
    private static readonly IReadOnlyList<(FixtureSet Set, Fixture Fixture)> Generated = new CharRnnFixtures().Generate().ToArray();

    [Test]
    public void Gradients_are_checked_on_sequences_of_length_1_2_10_and_25()
    {
        var lengths = Generated.Select(g => g.Fixture.Inputs["x"].Data.Length).Distinct().Order();
        Assert.That(lengths, Is.EqualTo(new[] { 1, 2, 10, 25 }));
    }

    [Test]
    public void The_raw_texts_have_something_to_prepare()
    {
        foreach (var (_, fixture) in Generated)
        {
            var text = CharAlphabet.FromCodeUnits(fixture.Inputs["text"]);
            Assert.That(text, Does.Match("[A-Z]").And.Match("[.,!?;]"), fixture.Case);
            Assert.That(fixture.Expected["prepared"].Data, Has.All.InRange(0, 26), fixture.Case);
        }
    }

    [TestCase(FixtureSet.Public)]
    [TestCase(FixtureSet.Hidden)]
    public void Each_training_case_starts_near_chance_and_ends_well_above_its_target(FixtureSet set)
    {
        var fixture = Generated.Single(g => g.Set == set && g.Fixture.Case == "train").Fixture;
        Assert.That(fixture.Expected["accuracy"].ToScalar(), Is.GreaterThan(CharRnnModule.AccuracyTarget + 0.05));
        var untrained = new CharRnnTraining(fixture.Inputs["U"].ToMatrix(), fixture.Inputs["W"].ToMatrix(), fixture.Inputs["V"].ToMatrix(),
                fixture.Inputs["b"].ToVector(), fixture.Inputs["c"].ToVector())
            .Evaluate(new Reference.Solutions.CharRnn(), CharAlphabet.Rows(fixture.Inputs["train_inputs"]), CharAlphabet.Rows(fixture.Inputs["train_targets"]));
        Assert.That(untrained.Accuracy, Is.LessThan(0.25));
    }

    [Test]
    public void Generated_text_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        Assert.That(new PseudoEnglish(9).Text(400), Is.EqualTo(new PseudoEnglish(9).Text(400)));
        Assert.That(new PseudoEnglish(9).Text(400), Is.Not.EqualTo(new PseudoEnglish(10).Text(400)));
        Assert.That(new PseudoEnglish(9).Text(400), Has.Length.EqualTo(400));
    }
}
