using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Reports;
using Grader.Tests.Assignments;
using Grader.Tests.Grading;

namespace Grader.Tests.Reports;

/// <summary>The rendered feedback, pinned by approval files: a submission with a transposed dWh that prints
/// text meant to break the page (HTML, backticks), graded as the GRU assignment, with its hand-graded hard copy.</summary>
public sealed class FeedbackApprovalTests
{
    private static SubmissionGrade Grade()
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public],
            TestAssignments.Plan("004-gru-cell", FixtureSet.Public));
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new ScriptedGruCell(Explode));
        var grade = grader.Grade("student <1>", executor, ["Student code ran in a test."]);
        return grade with { Output = new Dictionary<string, string> { ["gru-cell"] = "<script>alert('hi')</script>\n``` not a fence\n" } };
    }

    private static (MathNet.Numerics.LinearAlgebra.Vector<double>, MathNet.Numerics.LinearAlgebra.Vector<double>) Explode(
        Func<(MathNet.Numerics.LinearAlgebra.Vector<double>, MathNet.Numerics.LinearAlgebra.Vector<double>)> backward) =>
        throw new InvalidOperationException("<b>bold</b> failure");

    [Test]
    public void Feedback_markdown_is_as_approved() => Approval.Verify("feedback", FeedbackMarkdown.Render(Grade()), "md");

    [Test]
    public void Feedback_html_is_as_approved() => Approval.Verify("feedback", FeedbackHtml.Render(Grade()), "html");

    [Test]
    public void Nothing_the_submission_wrote_becomes_markup()
    {
        var html = FeedbackHtml.Render(Grade());
        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>bold"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
        var markdown = FeedbackMarkdown.Render(Grade());
        Assert.That(markdown, Does.Not.Contain("<b>bold"));
    }
}
