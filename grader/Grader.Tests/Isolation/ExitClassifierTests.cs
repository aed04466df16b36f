using Grader.Cli.Isolation;
using Grader.Core.Grading;

namespace Grader.Tests.Isolation;

public sealed class ExitClassifierTests
{
    [TestCase(134, "Stack overflow.\n   at Samples.GruCell.Deeper", CheckStatus.StackOverflow, "stack overflowed")]
    [TestCase(0, "", CheckStatus.ExitedEarly, "code 0")]
    [TestCase(3, "", CheckStatus.ExitedEarly, "code 3")]
    [TestCase(137, "", CheckStatus.OutOfMemory, "SIGKILL")]
    [TestCase(139, "", CheckStatus.Crashed, "SIGSEGV")]
    [TestCase(134, "Fatal error. Out of memory.", CheckStatus.OutOfMemory, "ran out of memory")]
    public void A_death_is_named_from_the_exit_code_and_stderr(int exitCode, string stderr, CheckStatus status, string message)
    {
        var failure = ExitClassifier.Classify(exitCode, stderr, "The call");
        Assert.That(failure.Status, Is.EqualTo(status));
        Assert.That(failure.Message, Does.Contain(message));
    }

    [Test]
    public void Raw_bytes_become_safe_text()
    {
        Assert.That(OutputDrain.Sanitize([0x41, 0x00, 0x1B, 0x0A, 0xFF]), Is.EqualTo("A\\x00\\x1b\n\uFFFD"));
    }
}
