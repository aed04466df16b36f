using Grader.Cli.Gradebook;

namespace Grader.Tests.Gradebook;

/// <summary>scores-template.csv lists every student × hand-graded part with the part's levels, keeps what is scored, and
/// reads back as a sheet with nothing wrong in it.</summary>
public sealed class ScoresTemplateTests
{
    [Test]
    public void The_template_lists_every_student_and_hand_part_with_its_levels_and_reads_back_clean()
    {
        using var folder = new TempFolder();
        var scored = ManualScoreSheet.Apply(TestGrades.Of("bo"), [new ManualScore(2, "bo", "2(b)", "justified", 1, "Clear.")]);
        var book = TestGrades.Book(TestGrades.Of("ada"), scored, TestGrades.Practice("cy"));
        Assert.That(ScoresTemplate.Write(book, folder.Path), Is.EqualTo(6));

        var lines = File.ReadAllLines(Path.Combine(folder.Path, ScoresTemplate.FileName));
        Assert.That(lines[0], Is.EqualTo("student,part,level,score,comment,rubric"));
        Assert.That(lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(2))), Is.EqualTo(new[]
        {
            "ada,2(a)", "ada,2(b)", "ada,2(c)", "bo,2(a)", "bo,2(b)", "bo,2(c)",
        }));
        Assert.That(lines[1], Does.EndWith("0…2; levels all three = 2, some = 1, missing = 0\""));
        Assert.That(lines[5], Does.StartWith("bo,2(b),justified,1,Clear.,"), "a scored part keeps its level, score and comment");

        var errors = new List<string>();
        var scores = ManualScoreSheet.Read(Path.Combine(folder.Path, ScoresTemplate.FileName), book, errors, out var pending);
        Assert.That(errors, Is.Empty);
        Assert.That((scores.Count, pending), Is.EqualTo((1, 5)));
    }

    [Test]
    public void No_hand_parts_no_template_and_a_stale_one_is_removed()
    {
        using var folder = new TempFolder();
        var stale = folder.File(ScoresTemplate.FileName, "old");
        Assert.That(ScoresTemplate.Write(TestGrades.Book(TestGrades.Practice("cy")), folder.Path), Is.Zero);
        Assert.That(File.Exists(stale), Is.False);
    }
}
