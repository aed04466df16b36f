using Grader.Cli.Gradebook;
using Grader.Core.Assignments;

namespace Grader.Tests.Gradebook;

/// <summary>gradebook.csv in an assignment's parts: a column per part, empty while its hand share waits; late days and
/// penalty; the practice set's columns as before.</summary>
public sealed class GradebookWriterTests
{
    private static string[][] Write(ClassGradebook book)
    {
        using var folder = new TempFolder();
        GradebookWriter.Write(book, folder.Path);
        return File.ReadAllLines(Path.Combine(folder.Path, GradebookWriter.GradebookFile)).Select(l => l.Split(',')).ToArray();
    }

    private static string Cell(string[][] table, string student, string column) =>
        table.Single(r => r[0] == student)[Array.IndexOf(table[0], column)];

    [Test]
    public void An_assignment_has_a_column_per_part_and_hand_parts_are_empty_until_scored()
    {
        var scored = ManualScoreSheet.Apply(TestGrades.Of("bo"), [new ManualScore(2, "bo", "2(a)", "some", 1, "")]);
        var table = Write(TestGrades.Book(TestGrades.Of("ada"), scored));

        Assert.That(table[0].Take(13), Is.EqualTo(new[]
        {
            "student", "score", "max_score", "late_days", "late_penalty",
            "part 1(a)", "part 1(b)", "part 1(c)", "part 1(d)", "part 2(a)", "part 2(b)", "part 2(c)", "hand_pending",
        }));
        Assert.That(Cell(table, "ada", "max_score"), Is.EqualTo("25"));
        Assert.That(Cell(table, "ada", "score"), Is.EqualTo("21"), "every machine check passed, the hand shares (2 + 1 + 1) waiting");
        Assert.That(Cell(table, "ada", "part 1(a)"), Is.EqualTo("8"));
        Assert.That(Cell(table, "ada", "part 2(a)"), Is.Empty, "machine 4 + hand 2: empty while the hand share waits");
        Assert.That(Cell(table, "ada", "manual/2(a)"), Is.Empty);
        Assert.That(Cell(table, "ada", "hand_pending"), Is.EqualTo("3"));
        Assert.That(Cell(table, "bo", "score"), Is.EqualTo("22"));
        Assert.That(Cell(table, "bo", "part 2(a)"), Is.EqualTo("5"));
        Assert.That(Cell(table, "bo", "manual/2(a)"), Is.EqualTo("1"));
        Assert.That(Cell(table, "bo", "hand_pending"), Is.EqualTo("2"));
    }

    [Test]
    public void Late_days_and_penalty_are_shown_and_taken_off_the_score()
    {
        var late = TestGrades.Of("ada") with { Late = new LatePenalty(new DateTimeOffset(2018, 4, 5, 9, 0, 0, TimeSpan.FromHours(-4)), 2, 5) };
        var table = Write(TestGrades.Book(late, TestGrades.Of("bo")));
        Assert.That((Cell(table, "ada", "late_days"), Cell(table, "ada", "late_penalty"), Cell(table, "ada", "score")), Is.EqualTo(("2", "5", "16")));
        Assert.That((Cell(table, "bo", "late_days"), Cell(table, "bo", "late_penalty")), Is.EqualTo(("0", "0")), "on time");
    }

    [Test]
    public void A_practice_set_keeps_its_columns()
    {
        var table = Write(TestGrades.Book(TestGrades.Practice("cy")));
        Assert.That(table[0].Take(4), Is.EqualTo(new[] { "student", "score", "max_score", "lstm-worked" }));
        Assert.That(table[0], Has.None.StartsWith("part ").And.None.EqualTo("late_days"));
    }
}
