using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Tests.Samples;

/// <summary>The sample submissions of grader/testdata/submissions, graded end to end: compile, run, score.</summary>
public sealed class SampleSubmissionTests
{
    private readonly Dictionary<string, GradingRun> _runs = [];
    private string _work = "";

    [OneTimeSetUp]
    public void GradeSamples()
    {
        _work = Directory.CreateTempSubdirectory("samples-").FullName;
        var grader = new SubmissionGrader(ProblemCatalog.Default, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(ProblemCatalog.Default));
        foreach (var name in new[] { "correct", "gru-transposed", "gru-compile-error", "gru-wrong-shape" })
        {
            _runs[name] = pipeline.Grade(TestPaths.Sample(name), Path.Combine(_work, name));
        }
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    [Test]
    public void The_correct_submission_gets_full_marks()
    {
        var grade = _runs["correct"].Grade;
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(68));
        Assert.That(grade.MaxScore, Is.EqualTo(68));
        var perProblem = grade.Checks.GroupBy(c => c.Problem).ToDictionary(g => g.Key, g => g.Sum(c => c.Score));
        Assert.That(perProblem, Is.EqualTo(new Dictionary<string, double>
        {
            ["gru-cell"] = 18, ["nback-rnn"] = 18, ["sigmoid-rnn"] = 14, ["softmax-rnn"] = 18,
        }));
    }

    [Test]
    public void The_transposed_gradient_loses_exactly_the_dWh_checks_and_is_named()
    {
        var grade = _runs["gru-transposed"].Grade;
        var failed = grade.Checks.Where(c => c.Problem == "gru-cell" && !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[] { "gru-cell/public/dWh", "gru-cell/hidden/dWh" }));
        Assert.That(failed.Select(c => c.Status), Has.All.EqualTo(CheckStatus.Wrong));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo("dWh transposed"));
        Assert.That(failed[0].Message, Does.StartWith("dWh (∂L/∂Wh) is wrong in 3 of 4 cases."));
        Assert.That(failed[0].Message, Does.Contain("worst element [").And.Contain("expected ").And.Contain("got "));
        Assert.That(grade.Score, Is.EqualTo(16));
    }

    [Test]
    public void A_submission_that_does_not_compile_is_graded_with_the_compilers_messages()
    {
        var grade = _runs["gru-compile-error"].Grade;
        Assert.That(grade.Checks.Select(c => c.Status), Has.All.EqualTo(CheckStatus.CompileError));
        Assert.That(grade.Score, Is.Zero);
        var errors = string.Join("\n", grade.Notes);
        Assert.That(errors, Does.Contain("Homework/GruCell.cs(").And.Contain("error CS0535").And.Contain("IGruCell.DWx"));
        Assert.That(errors, Does.Contain("PointwiseTanhh"));
    }

    [Test]
    public void A_wrong_shape_is_a_shape_mismatch_on_dx_only()
    {
        var grade = _runs["gru-wrong-shape"].Grade;
        var failed = grade.Checks.Where(c => c.Problem == "gru-cell" && !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Quantity), Has.All.EqualTo("dx"));
        Assert.That(failed.Select(c => c.Status), Has.All.EqualTo(CheckStatus.ShapeMismatch));
        Assert.That(failed[0].Message, Does.Contain("expected a vector of length 5, got a vector of length 2"));
        Assert.That(grade.Score, Is.EqualTo(16));
    }
}
