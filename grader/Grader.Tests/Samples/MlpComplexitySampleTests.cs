using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Problems.MlpComplexity;
using Grader.Tests.Grading;

namespace Grader.Tests.Samples;

/// <summary>The mlp-complexity sample submission, graded end to end (compile, run, score) on its problem alone.</summary>
public sealed class MlpComplexitySampleTests
{
    [Test]
    public void Forgotten_biases_lose_the_parameter_and_step_counts_and_are_named()
    {
        var work = Directory.CreateTempSubdirectory("mlp-complexity-sample-").FullName;
        try
        {
            var catalog = MlpComplexityGradingTests.Catalog;
            var grader = new Core.Grading.SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
            var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(catalog));
            var grade = pipeline.Grade(TestPaths.Sample("mlp-complexity-biases-forgotten"), Path.Combine(work, "graded")).Grade;

            var failed = grade.Checks.Where(c => !c.Passed).ToArray();
            Assert.That(failed.Select(c => c.Id), Is.EqualTo(new[]
            {
                "mlp-complexity/public/parameters", "mlp-complexity/public/backprop_multiplications",
                "mlp-complexity/hidden/parameters", "mlp-complexity/hidden/backprop_multiplications",
            }));
            Assert.That(failed.Select(c => c.Mistake), Has.All.EqualTo(MlpComplexityMistakes.BiasesForgotten));
            Assert.That(failed[0].Message, Does.StartWith("parameters (weights and biases): wrong in 8 of 8 cases."));
            Assert.That(grade.Score, Is.EqualTo(4));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
