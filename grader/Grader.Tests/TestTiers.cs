namespace Grader.Tests;

/// <summary>The tiers of the tests, as NUnit categories on whole classes. A class without one is in the fast tier:
/// units and fixtures, in the test process, <c>dotnet test Grader.sln --filter "TestCategory!=Process&amp;TestCategory!=Slow"</c>.</summary>
/// <remarks>Reference.Tests compiles this same file.</remarks>
internal static class TestTiers
{
    /// <summary>Tests in the test process that take too long for the fast tier: they grade InfoGAN, whose cases
    /// train. <c>dotnet test Grader.sln --filter "TestCategory=Slow"</c>.</summary>
    public const string Slow = "Slow";

    /// <summary>Tests that start processes: runners and the sandbox, the hostile zoo, batch and Ctrl+C, packaging and
    /// the template's own <c>dotnet test</c>, <c>run_autograder</c>, the CLI, selfcheck.
    /// <c>dotnet test Grader.sln --filter "TestCategory=Process"</c>.</summary>
    public const string Process = "Process";
}
