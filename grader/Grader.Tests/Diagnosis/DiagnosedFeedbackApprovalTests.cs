using Grader.Core.Reports;

namespace Grader.Tests.Diagnosis;

/// <summary>The feedback of a diagnosed submission, pinned by approval files: gru-transposed (dWh stored transposed)
/// on the public GRU cases, with its verdict, where the error sits, the gate summary and the heatmap.</summary>
public sealed class DiagnosedFeedbackApprovalTests
{
    private static readonly Lazy<Core.Grading.SubmissionGrade> Grade = new(() => OneProblem.Grade(TestPaths.Sample("gru-transposed"), "gru-cell"));

    [Test]
    public void Diagnosed_feedback_markdown_is_as_approved() => Approval.Verify("diagnosed-feedback", FeedbackMarkdown.Render(Grade.Value), "md");

    [Test]
    public void Diagnosed_feedback_html_is_as_approved() => Approval.Verify("diagnosed-feedback", FeedbackHtml.Render(Grade.Value), "html");

    [Test]
    public void The_heatmap_is_written_beside_the_feedback_and_embedded_in_the_page()
    {
        var files = FeedbackMarkdown.PlotFiles(Grade.Value);
        Assert.That(files.Keys, Is.EqualTo(new[] { "plots/gru-cell-public-dWh-1.svg" }));
        Approval.Verify("diagnosed-heatmap", files["plots/gru-cell-public-dWh-1.svg"], "svg");
        Assert.That(FeedbackMarkdown.Render(Grade.Value), Does.Contain("](plots/gru-cell-public-dWh-1.svg)"));
        Assert.That(FeedbackHtml.Render(Grade.Value), Does.Contain("<figure><svg").And.Contain("dWh: error per element — case state-larger"));
    }
}
