using Grader.Core.Reports;

namespace Grader.Tests.Packaging;

/// <summary>The check that holds run_autograder's results.json to Gradescope's schema refuses what Gradescope would.</summary>
public sealed class GradescopeSchemaTests
{
    [Test]
    public void The_schema_check_catches_what_Gradescope_would_refuse()
    {
        Assert.That(GradescopeSchema.Validate("""{"tests":[{"score":1,"status":"ok","visibility":"sometimes"}]}"""),
            Has.Count.EqualTo(2));
        Assert.That(GradescopeSchema.Validate("""{"score":"10"}"""), Has.Some.Contain("score"));
        Assert.That(GradescopeSchema.Validate("not json"), Has.Some.StartWith("not JSON"));
    }
}
