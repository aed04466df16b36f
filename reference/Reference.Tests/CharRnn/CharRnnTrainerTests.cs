using Grader.Core.Problems.CharRnn;
using Reference.Generator.CharRnn;

namespace Reference.Tests.CharRnn;

/// <summary>The training command's corpus, windows, schedule and run, on generated text.</summary>
public sealed class CharRnnTrainerTests
{
    private static readonly string Raw = new PseudoEnglish(5).Text(3000);

    [Test]
    public void A_raw_text_is_prepared_and_a_prepared_one_is_taken_as_it_is()
    {
        var prepared = new Reference.Solutions.CharRnn().Prepare(Raw);
        Assert.That(CharRnnTrainer.Corpus(Raw, 500), Is.EqualTo(prepared[..500].Select(CharAlphabet.IndexOf)));
        Assert.That(CharRnnTrainer.Corpus("ab  c", 10), Is.EqualTo(new[] { 1, 2, 0, 0, 3 }), "already in the alphabet: kept");
    }

    [TestCase(10, 2)]
    [TestCase(1, 1)]
    [TestCase(25, 7)]
    [TestCase(3, 400)]
    public void Windows_are_cut_as_the_answer_key_cuts_them(int seqLength, int stride)
    {
        var prepared = new Reference.Solutions.CharRnn().Prepare(Raw)[..300];
        var expected = new Reference.Solutions.CharRnn().Windows(prepared, seqLength, stride);
        var actual = CharRnnTrainer.Windows(prepared.Select(CharAlphabet.IndexOf).ToArray(), seqLength, stride);
        Assert.That(actual.Inputs, Is.EqualTo(expected.Inputs));
        Assert.That(actual.Targets, Is.EqualTo(expected.Targets));
    }

    [Test]
    public void Training_on_generated_text_learns_and_repeats_exactly()
    {
        var settings = new TrainingSettings { Epochs = 3, Hidden = 24, Chars = 1500, LearningRate = 0.02, Seed = 3 };
        var untrained = CharRnnTrainer.Run(Raw, settings with { Epochs = 0 });
        var first = CharRnnTrainer.Run(Raw, settings);
        var second = CharRnnTrainer.Run(Raw, settings);
        Assert.That(first.Samples, Is.EqualTo(745));
        Assert.That(first.Accuracy, Is.GreaterThan(untrained.Accuracy + 0.2));
        Assert.That(first.LossPerChar, Is.LessThan(untrained.LossPerChar - 0.5));
        Assert.That((second.Accuracy, second.LossPerChar), Is.EqualTo((first.Accuracy, first.LossPerChar)));
    }

    [TestCase("", 0, 0.001)]
    [TestCase("0.01x2,0.005x3", 0, 0.01)]
    [TestCase("0.01x2,0.005x3", 1, 0.01)]
    [TestCase("0.01x2,0.005x3", 2, 0.005)]
    [TestCase("0.01x2,0.005x3", 9, 0.005)]
    public void A_schedule_sets_each_epochs_rate(string schedule, int epoch, double rate)
    {
        var settings = new TrainingSettings { Schedule = TrainingSettings.ParseSchedule(schedule) };
        Assert.That(settings.RateAt(epoch), Is.EqualTo(rate));
    }

    [Test]
    public void The_summary_line_has_the_numpy_baselines_format()
    {
        var line = new TrainingResult(4995, 15, 400, 12.345, 1.23456, 0.54321).ToString();
        Assert.That(line, Is.EqualTo("samples=4995 epochs=15 hidden=400 seconds=12.35 loss_per_char=1.2346 accuracy=0.5432"));
    }
}
