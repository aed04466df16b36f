using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Problems.CharRnn;
using Grader.Core.Problems.LstmWorked;
using Grader.Tests.Grading;

namespace Grader.Tests.Samples;

/// <summary>The char-rnn and lstm-worked sample submissions, graded end to end (compile, run, score) on their problem alone.</summary>
public sealed class RecurrentSampleTests
{
    private string _work = "";

    [OneTimeSetUp]
    public void MakeWorkFolder() => _work = Directory.CreateTempSubdirectory("recurrent-samples-").FullName;

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    private SubmissionGrade Grade(string sample, ProblemCatalog catalog) => GradeFolder(TestPaths.Sample(sample), sample, catalog);

    private SubmissionGrade GradeFolder(string folder, string name, ProblemCatalog catalog)
    {
        var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(catalog));
        return pipeline.Grade(folder, Path.Combine(_work, name)).Grade;
    }

    /// <summary>The answer key's char-rnn with the ReLU derivative taken out of its backward pass: built from the
    /// reference source here rather than kept as a second copy of it.</summary>
    private string WithoutReluDerivative()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions", "CharRnn.cs"));
        const string withDerivative = "(V.TransposeThisAndMultiply(dScores) + fromLater).PointwiseMultiply(ReluSlope(h))";
        Assert.That(source, Does.Contain(withDerivative), "the answer key's backward pass changed: update this mutation");
        var folder = Path.Combine(_work, "char-rnn-relu-derivative-missing-src");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "CharRnn.cs"), source.Replace(withDerivative, "V.TransposeThisAndMultiply(dScores) + fromLater"));
        return folder;
    }

    [Test]
    public void The_missing_relu_derivative_loses_the_gradients_it_touches_and_is_named()
    {
        var grade = GradeFolder(WithoutReluDerivative(), "char-rnn-relu-derivative-missing", new ProblemCatalog([new CharRnnModule()]));
        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Id), Is.EquivalentTo(new[]
        {
            "char-rnn/public/dU", "char-rnn/public/dW", "char-rnn/public/db", "char-rnn/public/accuracy", "char-rnn/public/loss_per_char",
            "char-rnn/hidden/dU", "char-rnn/hidden/dW", "char-rnn/hidden/db", "char-rnn/hidden/accuracy", "char-rnn/hidden/loss_per_char",
        }));
        // The accuracy target is judged, not compared with a recorded output: it says "below the target", not the mistake.
        Assert.That(failed.Where(c => c.Status == CheckStatus.Wrong && c.Quantity != "accuracy").Select(c => c.Mistake),
            Has.All.EqualTo(CharRnnMistakes.ReluDerivativeMissing));
        Assert.That(failed.First(c => c.Quantity == "dW").Message, Does.Contain("Likely mistake: ReLU derivative left out. Back through h_t = ReLU(a_t)"));
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore - 12));
    }

    [Test]
    public void The_output_without_tanh_loses_h_and_what_the_carried_state_feeds_and_is_named()
    {
        var grade = Grade("lstm-worked-tanh-left-out", new ProblemCatalog([new LstmWorkedModule()]));
        var failed = grade.Checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[] { "lstm-worked/public/h", "lstm-worked/hidden/C_tilde", "lstm-worked/hidden/C", "lstm-worked/hidden/h" }));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(LstmWorkedMistakes.OutputWithoutTanh));
        Assert.That(failed[0].Message, Does.StartWith("h (the output h_t for each input): wrong in 1 of 1 cases."));
        Assert.That(grade.Score, Is.EqualTo(12));
    }
}
