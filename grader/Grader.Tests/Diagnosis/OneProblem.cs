using Grader.Cli.Pipeline;
using Grader.Cli.Submissions;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Tests.Diagnosis;

/// <summary>Grades a submission folder on one problem, compiled and run in this process: the diagnosis tests look at
/// one problem at a time and need not pay for the others.</summary>
internal static class OneProblem
{
    public static ProblemCatalog Catalog(string problem) => new([TestCatalog.All.Get(problem)]);

    public static SubmissionGrade Grade(string folder, string problem, params FixtureSet[] sets)
    {
        var work = Directory.CreateTempSubdirectory("diagnosis-").FullName;
        try
        {
            var catalog = Catalog(problem);
            var grader = new SubmissionGrader(catalog, new FixtureStore(TestPaths.Fixtures), sets.Length == 0 ? [FixtureSet.Public] : sets);
            var pipeline = new SubmissionPipeline(grader, new SubmissionCompiler(), new InProcessExecutorFactory(catalog));
            return pipeline.Grade(folder, work).Grade;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A submission of grader/testdata/diagnosis.</summary>
    public static string Sample(string name) => Path.Combine(TestPaths.Root, "grader", "testdata", "diagnosis", name);
}
