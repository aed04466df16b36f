using System.Text.Json;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Core.Reports;
using Grader.Tests.Grading;
using Reference.Generator.GruCell;

namespace Grader.Tests.Reports;

public sealed class ReportTests
{
    private static SubmissionGrade GradeFlawed()
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public, FixtureSet.Hidden]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(GruFlaw.DWhTransposed));
        return grader.Grade("student-1", executor, ["A note."]);
    }

    [Test]
    public void Results_json_follows_Gradescopes_schema()
    {
        using var json = JsonDocument.Parse(GradescopeResults.From(GradeFlawed()).ToJson());
        var root = json.RootElement;
        Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(16));
        Assert.That(root.GetProperty("max_score").GetDouble(), Is.EqualTo(18));
        Assert.That(root.GetProperty("output").GetString(), Is.EqualTo("A note."));
        var tests = root.GetProperty("tests").EnumerateArray().ToArray();
        Assert.That(tests, Has.Length.EqualTo(18));
        foreach (var test in tests)
        {
            foreach (var field in new[] { "name", "score", "max_score", "status", "output", "visibility" })
            {
                Assert.That(test.TryGetProperty(field, out _), Is.True, field);
            }
            Assert.That(test.GetProperty("status").GetString(), Is.AnyOf("passed", "failed"));
            Assert.That(test.GetProperty("visibility").GetString(), Is.AnyOf("visible", "after_published"));
        }
        var dWh = tests.Single(t => t.GetProperty("extra_data").GetProperty("id").GetString() == "gru-cell/public/dWh");
        Assert.That(dWh.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(dWh.GetProperty("extra_data").GetProperty("outcome").GetString(), Is.EqualTo("wrong"));
        Assert.That(dWh.GetProperty("extra_data").GetProperty("mistake").GetString(), Is.EqualTo("dWh transposed"));
        Assert.That(dWh.GetProperty("output").GetString(), Does.Contain("Likely mistake: dWh transposed"));
    }

    [Test]
    public void Grading_twice_writes_the_same_bytes()
    {
        Assert.That(GradescopeResults.From(GradeFlawed()).ToJson(), Is.EqualTo(GradescopeResults.From(GradeFlawed()).ToJson()));
        Assert.That(FeedbackMarkdown.Render(GradeFlawed()), Is.EqualTo(FeedbackMarkdown.Render(GradeFlawed())));
    }

    [Test]
    public void Results_json_reads_back()
    {
        var results = GradescopeResults.From(GradeFlawed());
        var back = GradescopeResults.Parse(results.ToJson());
        Assert.That(back.Score, Is.EqualTo(results.Score));
        Assert.That(back.Tests.Select(t => t.Name), Is.EqualTo(results.Tests.Select(t => t.Name)));
    }

    [Test]
    public void Feedback_shows_every_check_at_a_glance_and_explains_the_failures()
    {
        var text = FeedbackMarkdown.Render(GradeFlawed());
        Assert.That(text, Does.StartWith("# Feedback for student-1"));
        Assert.That(text, Does.Contain("**Score: 16 / 18**"));
        Assert.That(text, Does.Contain("| ✅ | h_next (public) | passed | 1 / 1 |"));
        Assert.That(text, Does.Contain("| ❌ | dWh (hidden) | wrong | 0 / 1 |"));
        Assert.That(text, Does.Contain("### ❌ dWh (public): wrong"));
        Assert.That(text, Does.Contain("Likely mistake: dWh transposed."));
    }
}
