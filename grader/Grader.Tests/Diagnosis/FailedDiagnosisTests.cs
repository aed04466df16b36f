using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Tests.Grading;
using Reference.Generator.GruCell;

namespace Grader.Tests.Diagnosis;

/// <summary>A forward pass that throws or gives NaN while it is differentiated costs the diagnosis, replaced by a note,
/// and nothing else: the statuses, scores and named mistakes are those of the grade without it.</summary>
public sealed class FailedDiagnosisTests
{
    private static SubmissionGrade Grade(bool diagnose, Func<object>? differentiated = null)
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]) { Diagnose = diagnose };
        var inner = new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(GruFlaw.DWhTransposed));
        using var executor = differentiated is null ? (Core.Execution.ISubmissionExecutor)inner : new DifferentiatingWith(inner, differentiated);
        return grader.Grade("dWh transposed", executor);
    }

    [TestCase(false, "The grader could not differentiate your forward pass in case assignment (threw: ", "forward broke")]
    [TestCase(true, "Finite differences of your forward pass are not finite in case assignment", "so the grader cannot tell which side is wrong")]
    public void The_diagnosis_is_replaced_by_a_note_and_the_grade_is_unchanged(bool returnsNaN, string note, string more)
    {
        var plain = Grade(diagnose: false);
        var diagnosed = Grade(diagnose: true, () => new BrokenForwardGruCell(returnsNaN));
        Assert.That(diagnosed.Checks.Select(c => (c.Id, c.Status, c.Score, c.Mistake)), Is.EqualTo(plain.Checks.Select(c => (c.Id, c.Status, c.Score, c.Mistake))));
        var dWh = diagnosed.Checks.First(c => c.Quantity == "dWh");
        Assert.That(dWh.Message, Does.StartWith(plain.Checks.First(c => c.Quantity == "dWh").Message));
        Assert.That(dWh.Message, Does.Contain("Forward or backward? " + note).And.Contain(more));
    }
}
