using Grader.Cli.Submissions;

namespace Grader.Tests.Submissions;

/// <summary>The feedback's compiler warnings are the student's own: none from the grader's references.</summary>
public sealed class CompilerWarningTests
{
    [Test]
    public void The_answer_key_compiles_without_warnings_the_student_did_not_cause()
    {
        var output = Directory.CreateTempSubdirectory("compile-").FullName;
        try
        {
            var source = SubmissionSource.Discover(TestPaths.Sample("correct"), out var problem);
            Assert.That(source, Is.Not.Null, problem);
            var compiled = new SubmissionCompiler().Compile(source!, output);
            Assert.That(compiled.Success, Is.True, string.Join("\n", compiled.Messages));
            Assert.That(compiled.Messages, Has.None.Contain("CS1701").And.None.Contain("CS1702"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
