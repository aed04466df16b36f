using Grader.Cli.Gradebook;

namespace Grader.Tests.Gradebook;

/// <summary>scores.csv as a TA fills it: by part and rubric level, with comments; every malformed line named by its line
/// and column, never an exception.</summary>
public sealed class ManualScoreSheetTests
{
    private const string Header = "student,part,level,score,comment\n";

    private static readonly ClassGradebook Class = TestGrades.Book(TestGrades.Of("ada"), TestGrades.Of("bo"), TestGrades.Practice("cy"));

    private static (IReadOnlyList<ManualScore> Scores, List<string> Errors, int Pending) Read(string text)
    {
        using var folder = new TempFolder();
        var errors = new List<string>();
        var scores = ManualScoreSheet.Read(folder.File("scores.csv", text), Class, errors, out var pending);
        return (scores, errors, pending);
    }

    [Test]
    public void A_level_gives_its_points_a_score_stands_alone_and_both_may_agree()
    {
        var (scores, errors, pending) = Read(Header +
            "ada,2(a),some,,Only the first input is described.\n" +
            "ada,2(b),,0.5,\"Half of it, with the numbers.\"\n" +
            "bo,2(a),ALL THREE,2,\n" +
            "bo,2(b),,,\n");
        Assert.That(errors, Is.Empty);
        Assert.That(pending, Is.EqualTo(1), "a line with neither level nor score is not scored yet");
        Assert.That(scores, Is.EqualTo(new[]
        {
            new ManualScore(2, "ada", "2(a)", "some", 1, "Only the first input is described."),
            new ManualScore(3, "ada", "2(b)", null, 0.5, "Half of it, with the numbers."),
            new ManualScore(4, "bo", "2(a)", "all three", 2, ""),
        }));
    }

    [Test]
    public void Applying_fills_the_hand_score_level_comment_and_the_message_of_results_json()
    {
        var (scores, errors, _) = Read(Header + "ada,2(a),some,,Only the first input is described.\n");
        Assert.That(errors, Is.Empty);
        var grade = ManualScoreSheet.Apply(Class.Rows[0].Grade, scores);
        var part = grade.Checks.Single(c => c.Id == "manual/2(a)");
        Assert.That((part.Score, part.Hand!.Level, part.Hand.Comment, part.IsPendingHand), Is.EqualTo((1.0, "some", "Only the first input is described.", false)));
        Assert.That(part.Message, Does.Contain("some").And.Contain("1 / 2").And.Contain("Only the first input is described."));
        Assert.That(grade.Score, Is.EqualTo(Class.Rows[0].Grade.Score + 1));
        Assert.That(grade.Checks.Single(c => c.Id == "manual/2(b)").IsPendingHand, Is.True, "parts not in the sheet still wait");
    }

    /// <summary>Each malformed sheet, and a piece of the message that names what is wrong and where.</summary>
    private static readonly object[] Malformed =
    [
        new object[] { "ada,2(a),some,,\n", new[] { "line 1: no header", "student,part,level,score" } },
        new object[] { "student,part,score,comment\nada,2(a),1,\n", new[] { "line 1: no column 'level'" } },
        new object[] { "student,part,level\nada,2(a),some\n", new[] { "line 1: no column 'score'" } },
        new object[] { Header, new[] { "line 1: the header is the only line" } },
        new object[] { "", new[] { "the file is empty" } },
        new object[] { Header + "ada,2(a)\n", new[] { "line 2: the line ends before columns 'level', 'score'" } },
        new object[] { Header + "ada,2(a),,1.5.2,\n", new[] { "line 2, column 'score': '1.5.2' is not a number" } },
        new object[] { Header + "ada,2(a),,,Nice.\n", new[] { "line 2: a comment but neither a level nor a score" } },
        new object[] { Header + "ada,2(a),\"some,,\n", new[] { "line 2:", "never closed" } },
        new object[] { "student,part,level,score,notes\nada,2(a),some,,\n", new[] { "line 1, column 5 'notes': not a column of scores.csv" } },
    ];

    [TestCaseSource(nameof(Malformed))]
    public void A_malformed_sheet_is_a_listed_error_naming_its_line_and_column(string text, string[] expected)
    {
        var (scores, errors, _) = Read(text);
        Assert.That(errors, Is.Not.Empty);
        foreach (var piece in expected)
        {
            Assert.That(errors, Has.Some.Contains(piece));
        }
    }

    [Test]
    public void Unknown_students_parts_and_levels_scores_out_of_range_and_repeats_are_all_listed()
    {
        var (_, errors, _) = Read(Header +
            "nobody,2(a),some,,\n" +
            "ada,1(a),,1,\n" +
            "ada,2(a),brilliant,,\n" +
            "ada,2(b),,3,\n" +
            "ada,2(c),justified,0,\n" +
            "cy,2(a),,1,\n" +
            "bo,2(a),some,,\n" +
            "bo,2(a),,2,\n" +
            ",2(a),,1,\n");
        Assert.That(errors, Has.Count.EqualTo(8), string.Join("\n", errors));
        Assert.That(errors[0], Does.Contain("line 2, column 'student': no student 'nobody'"));
        Assert.That(errors[1], Does.Contain("line 3, column 'part': 'ada' has no hand-graded part '1(a)' (hand-graded parts: 2(a), 2(b), 2(c))"));
        Assert.That(errors[2], Does.Contain("line 4, column 'level': no level 'brilliant' in the rubric of part '2(a)' (levels: all three = 2, some = 1, missing = 0)"));
        Assert.That(errors[3], Does.Contain("line 5, column 'score': 3 is outside 0…1"));
        Assert.That(errors[4], Does.Contain("line 6, column 'score': 0 disagrees with the level 'justified', which gives 1"));
        Assert.That(errors[5], Does.Contain("line 7, column 'part': 'cy' has no hand-graded part '2(a)' (graded as a practice set"));
        Assert.That(errors[6], Does.Contain("line 10, column 'student': empty"));
        Assert.That(errors[7], Does.Contain("lines 8, 9: part '2(a)' of 'bo' is scored more than once"));
    }

    [Test]
    public void Blank_lines_and_lines_of_empty_fields_are_passed_over()
    {
        var (scores, errors, pending) = Read(Header + "\n,,,,\nada,2(a),some,,\n");
        Assert.That(errors, Is.Empty);
        Assert.That((scores.Count, pending), Is.EqualTo((1, 0)));
    }
}
