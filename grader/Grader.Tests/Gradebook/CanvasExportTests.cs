using Grader.Cli.Gradebook;

namespace Grader.Tests.Gradebook;

/// <summary>canvas.csv through a roster (Canvas's own gradebook export): identities from the roster, the column named as
/// Canvas names an existing assignment, and every student on one side only reported.</summary>
public sealed class CanvasExportTests
{
    /// <summary>A Canvas export as it downloads: a byte order mark, quoted names, the Points Possible line, a posting-policy
    /// line, an existing "Homework 3 (12345)" column.</summary>
    private const string Export =
        "\uFEFFStudent,ID,SIS User ID,SIS Login ID,Section,Homework 3 (12345),Current Score\n" +
        "    Points Possible,,,,,25,(read only)\n" +
        ",,,,,Manual Posting,\n" +
        "\"Lovelace, Ada\",101,S-1,ada,CSCE 5013-002,,\n" +
        "\"Bo, Bea\",102,S-2,bea.bo,CSCE 5013-002,,\n" +
        "\"Cy, Carl\",103,S-3,carl,CSCE 5013-002,,\n" +
        "\"Dee, Dora\",104,S-4,dora,CSCE 5013-002,,\n";

    private static Roster ReadRoster(TempFolder folder, string text = Export)
    {
        var errors = new List<string>();
        var roster = Roster.Read(folder.File("roster.csv", text), errors);
        Assert.That(errors, Is.Empty);
        return roster!;
    }

    [Test]
    public void The_roster_maps_folders_by_login_else_sis_user_id_else_canvas_id_and_reports_both_sides()
    {
        using var folder = new TempFolder();
        var roster = ReadRoster(folder);
        Assert.That(roster.Entries.Select(e => e.Student), Is.EqualTo(new[] { "Lovelace, Ada", "Bo, Bea", "Cy, Carl", "Dee, Dora" }));
        var book = TestGrades.Book(TestGrades.Of("ADA"), TestGrades.Of("S-2"), TestGrades.Of("103"), TestGrades.Of("zed"));

        var notices = CanvasExport.Write(book, folder.Path, CanvasColumn.Resolve("Homework 3", roster), roster);
        var canvas = File.ReadAllLines(Path.Combine(folder.Path, CanvasExport.FileName));
        Assert.That(canvas, Is.EqualTo(new[]
        {
            "Student,ID,SIS User ID,SIS Login ID,Section,Homework 3 (12345)",
            "Points Possible,,,,,25",
            "\"Cy, Carl\",103,S-3,carl,CSCE 5013-002,21",
            "\"Lovelace, Ada\",101,S-1,ada,CSCE 5013-002,21",
            "\"Bo, Bea\",102,S-2,bea.bo,CSCE 5013-002,21",
        }));
        Assert.That(notices, Has.One.Contains("the roster's column of that name"));
        Assert.That(notices, Has.One.EqualTo("Not in the roster, so left out of canvas.csv (1): zed."));
        Assert.That(notices, Has.One.EqualTo("In the roster with no submission, so not in canvas.csv (1): Dee, Dora (SIS Login ID dora)."));
    }

    private static readonly object[] Columns =
    [
        new object[] { "Homework 3 (12345)", true, "Homework 3 (12345)", "updates the existing Canvas assignment" },
        new object[] { "homework 3", true, "Homework 3 (12345)", "the roster's column of that name" },
        new object[] { "Homework 4", true, "Homework 4", "creates a new assignment" },
        new object[] { "Homework 3", false, "Homework 3", "creates a new assignment" },
        new object[] { "Homework 9 (777)", false, "Homework 9 (777)", "updates the existing Canvas assignment" },
    ];

    [TestCaseSource(nameof(Columns))]
    public void The_column_is_named_as_Canvas_names_an_existing_assignment(string given, bool withRoster, string header, string note)
    {
        using var folder = new TempFolder();
        var column = CanvasColumn.Resolve(given, withRoster ? ReadRoster(folder) : null);
        Assert.That(column.Header, Is.EqualTo(header));
        Assert.That(column.Note, Does.Contain(note));
    }

    [Test]
    public void Without_a_roster_folder_names_are_login_ids_as_before()
    {
        using var folder = new TempFolder();
        var notices = CanvasExport.Write(TestGrades.Book(TestGrades.Of("ada")), folder.Path, CanvasColumn.Resolve("Homework", null), null);
        Assert.That(File.ReadAllLines(Path.Combine(folder.Path, CanvasExport.FileName))[2], Is.EqualTo("ada,,,ada,,21"));
        Assert.That(notices, Has.Some.Contains("Without --roster"));
    }

    [Test]
    public void Two_folders_of_one_student_are_left_out_and_said()
    {
        using var folder = new TempFolder();
        var roster = ReadRoster(folder);
        var notices = CanvasExport.Write(TestGrades.Book(TestGrades.Of("ada"), TestGrades.Of("101")), folder.Path, CanvasColumn.Resolve("x", roster), roster);
        Assert.That(File.ReadAllLines(Path.Combine(folder.Path, CanvasExport.FileName)), Has.Length.EqualTo(2));
        Assert.That(notices, Has.Some.Contains("101 and ada are one student of the roster, 'Lovelace, Ada'"));
    }

    private static readonly object[] BadRosters =
    [
        new object[] { "Name,Login\nAda,ada\n", "no header" },
        new object[] { "Student,ID,SIS User ID,SIS Login ID\n\"A, B\",1,,a\n", "no column 'Section'" },
        new object[] { "Student,ID,SIS User ID,SIS Login ID,Section\n    Points Possible,,,,\n", "no students" },
        new object[] { "Student,ID,SIS User ID,SIS Login ID,Section\n\"A, B\",1,,a,\n\"C, D\",2,,A,\n", "lines 2, 3: the SIS Login ID 'a' belongs to more than one student" },
    ];

    [TestCaseSource(nameof(BadRosters))]
    public void A_roster_that_is_not_a_Canvas_export_is_refused_with_its_reason(string text, string reason)
    {
        using var folder = new TempFolder();
        var errors = new List<string>();
        Assert.That(Roster.Read(folder.File("roster.csv", text), errors), Is.Null);
        Assert.That(errors, Has.Some.Contains(reason));
    }
}
