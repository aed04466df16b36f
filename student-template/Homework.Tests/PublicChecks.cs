using System.Reflection;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Homework.Tests;

/// <summary>One test per check of the grader, on the public fixtures. A failure says what the grader will say:
/// which quantity, which case, which element, by how much, and the likely mistake.</summary>
public sealed class PublicChecks
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.Discover();

    private static readonly Lazy<LocalCheckSuite> Suite = new(() =>
    {
        var fixtures = FixtureStore.FindAbove(TestContext.CurrentContext.TestDirectory)
            ?? throw new DirectoryNotFoundException("No fixtures/public folder above the test's folder; keep the template's layout.");
        return new LocalCheckSuite(Assembly.Load("Homework"), fixtures, Catalog);
    });

    public static IEnumerable<TestCaseData> Checks() =>
        LocalCheckSuite.PlannedIds(Catalog).Select(id => new TestCaseData(id).SetName(id));

    [TestCaseSource(nameof(Checks))]
    public void Check(string id)
    {
        var result = Suite.Value.Result(id);
        Assert.That(result.Status, Is.EqualTo(CheckStatus.Passed), result.Message);
    }
}
