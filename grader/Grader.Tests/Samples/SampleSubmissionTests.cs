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
        var grader = new SubmissionGrader(TestCatalog.All, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(TestCatalog.All));
        foreach (var name in new[] { "correct", "gru-transposed", "gru-compile-error", "gru-wrong-shape" })
        {
            _runs[name] = pipeline.Grade(TestPaths.Sample(name), Path.Combine(_work, name));
        }
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_work, recursive: true);

    /// <summary>The gru-* samples implement the GRU only; other problems are not implemented by them.</summary>
    private CheckResult[] Gru(string sample) => _runs[sample].Grade.Checks.Where(c => c.Problem == "gru-cell").ToArray();

    [Test]
    public void The_correct_submission_gets_full_marks()
    {
        var grade = _runs["correct"].Grade;
        Assert.That(grade.Checks.Where(c => !c.Passed).Select(c => c.Message), Is.Empty);
        Assert.That(grade.Score, Is.EqualTo(grade.MaxScore));
        Assert.That(grade.Checks.Where(c => c.Problem == "gru-cell").Sum(c => c.Score), Is.EqualTo(18));
    }

    [Test]
    public void The_transposed_gradient_loses_exactly_the_dWh_checks_and_is_named()
    {
        var checks = Gru("gru-transposed");
        var failed = checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[] { "gru-cell/public/dWh", "gru-cell/hidden/dWh" }));
        Assert.That(failed.Select(c => c.Status), Has.All.EqualTo(CheckStatus.Wrong));
        Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo("dWh transposed"));
        Assert.That(failed[0].Message, Does.StartWith("dWh (∂L/∂Wh): wrong in 3 of 4 cases."));
        Assert.That(failed[0].Message, Does.Contain("worst element [").And.Contain("expected ").And.Contain("got "));
        Assert.That(checks.Sum(c => c.Score), Is.EqualTo(16));
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
        var checks = Gru("gru-wrong-shape");
        var failed = checks.Where(c => !c.Passed).ToArray();
        Assert.That(failed.Select(c => c.Quantity), Has.All.EqualTo("dx"));
        Assert.That(failed.Select(c => c.Status), Has.All.EqualTo(CheckStatus.ShapeMismatch));
        Assert.That(failed[0].Message, Does.Contain("expected a vector of length 5, got a vector of length 2"));
        Assert.That(checks.Sum(c => c.Score), Is.EqualTo(16));
    }
}
