using System.Globalization;
using System.Text;
using Grader.Core.Assignments;
using Grader.Core.Problems;

namespace Grader.Cli.Packaging;

/// <summary>The README.md at the root of a student pack: what the set asks for and for how many points, which parts the
/// machine checks and which a TA grades, how to hand each in, and the exact <c>dotnet test</c> lines that run all
/// checks, one problem's and one part's. Only what the assignment file says to students goes in: never a rubric.</summary>
public static class StudentReadme
{
    public static string For(Assignment assignment, ProblemCatalog catalog)
    {
        var problems = catalog.Only(assignment.Problems);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {assignment.Title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Assignment `{assignment.Id}`: {PointsText.Of(assignment.Total)} points, ");
        text.Append(CultureInfo.InvariantCulture, $"{PointsText.Of(assignment.MachinePoints)} checked by the machine and {PointsText.Of(assignment.HandPoints)} graded by hand. ");
        text.Append(assignment.Due is { } due
            ? string.Create(CultureInfo.InvariantCulture, $"Due {due:yyyy-MM-dd HH:mm} (UTC{due:zzz}).\n\n")
            : "The text states no due date: your course gives it.\n\n");

        text.Append("## Parts\n\n| part | title | points | graded |\n|---|---|---|---|\n");
        foreach (var (part, depth) in Walk(assignment.Parts, 0))
        {
            var label = depth == 0 ? $"**{part.Label}**" : part.Label;
            text.Append(CultureInfo.InvariantCulture, $"| {label} | {Cell(part.Title)} | {PointsText.Of(part.Points)} | {GradedBy(part)} |\n");
        }

        text.Append("\n## Problems\n\n| problem | text | your code | contract |\n|---|---|---|---|\n");
        foreach (var problem in problems.Problems)
        {
            var sources = new ProblemSources(problem);
            text.Append(CultureInfo.InvariantCulture,
                $"| `{problem.Id}`: {Cell(problem.Title)} | [{sources.Text}]({sources.Text}) | [{sources.Stub}]({sources.Stub}) | {Cell(Contract(sources))} |\n");
        }
        text.Append("\nImplement the classes in `student-template/Homework/` (each stub throws `NotImplementedException` until you do).\n");
        text.Append("The interfaces are in `student-template/Grader.Contracts/`: do not change them, the grader compiles your code against its own copy.\n");

        var ids = TestFilters.Checks(assignment, catalog).ToArray();
        text.Append(CultureInfo.InvariantCulture, $"\n## Checks\n\nFrom the folder of this README, `dotnet test` runs the {ids.Length} public checks of this assignment: ");
        text.Append("one test per check the grader runs, named by the check's id (`problem/public/quantity`; `dotnet test --list-tests` lists them). ");
        text.Append("A failure prints what the grader will say: which quantity, which case, which element, by how much, and the likely mistake.\n\n");
        text.Append("```bash\ndotnet test                       # every check of this assignment\n");
        foreach (var problem in problems.Problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"{TestFilters.Command(TestFilters.ForProblem(problem))}   # the checks of {problem.Id}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"{TestFilters.Command(TestFilters.ForCheck(ids[0]))}   # one check\n```\n\n");
        text.Append("The checks of each machine-checked part:\n\n```bash\n");
        foreach (var part in assignment.Leaves.Where(p => p.Machine is not null))
        {
            var filter = TestFilters.For(TestFilters.Checks(part.Machine!, assignment, catalog), catalog);
            text.Append(CultureInfo.InvariantCulture, $"{TestFilters.Command(filter)}   # {part.Label} ({Counted(part.Machine!.Points)})\n");
        }
        text.Append("```\n");
        text.Append("\nThe autograder runs the same checks on these public cases and on hidden cases of the same kinds; ");
        text.Append(CultureInfo.InvariantCulture, $"the hidden results are shown {Visibility(assignment.HiddenVisibility)}. ");
        text.Append("A part's machine points are shared by its checks on both, in proportion to each check's weight.\n");

        text.Append("\n## Handing in\n\n");
        text.Append("**Code.** Upload the `.cs` files of `student-template/Homework/` to the assignment's autograder (the folder itself, ");
        text.Append("or this whole folder zipped, also works: only the sources under `Homework/` are compiled).\n");
        var hand = assignment.Leaves.Where(p => p.Hand is not null).ToArray();
        if (hand.Length > 0)
        {
            text.Append("\n**By hand.** A TA grades these parts, not the tests. Write them up in one PDF (typed, or scanned and legible), ");
            text.Append("each part under its label, and hand it in as your course says: on Gradescope, add it to the same submission as your code, ");
            text.Append("where each part below is a question of its own.");
            text.Append(hand.Any(p => p.Hand!.What.Contains("hard copy", StringComparison.OrdinalIgnoreCase))
                ? " Where a part asks for a hard copy, hand in paper as well.\n\n"
                : "\n\n");
            foreach (var part in hand)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{part.Label}** ({Counted(part.Hand!.Points)}): {part.Hand.What}.\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The README of the practice pack: every problem, no points, the same commands.</summary>
    public static string Practice(ProblemCatalog catalog)
    {
        var text = new StringBuilder("# Practice set: every problem\n\n");
        text.Append("This pack holds every problem the grader knows, as practice: it carries no points and no parts. ");
        text.Append("For graded work use the pack of your assignment (`grader pack student --assignment ID`), whose README gives its parts and points.\n\n");
        text.Append("| problem | checks | text | your code |\n|---|---|---|---|\n");
        foreach (var problem in catalog.Problems)
        {
            var sources = new ProblemSources(problem);
            text.Append(CultureInfo.InvariantCulture,
                $"| `{problem.Id}`: {Cell(problem.Title)} | {problem.Quantities.Count} | [{sources.Text}]({sources.Text}) | [{sources.Stub}]({sources.Stub}) |\n");
        }
        var first = catalog.Problems[0];
        text.Append("\nImplement the classes in `student-template/Homework/`; the interfaces are in `student-template/Grader.Contracts/` (do not change them).\n\n");
        text.Append("## Checks\n\nFrom the folder of this README; tests are named by the check's id (`problem/public/quantity`; `dotnet test --list-tests` lists them):\n\n");
        text.Append("```bash\ndotnet test                       # every public check of every problem\n");
        text.Append(CultureInfo.InvariantCulture, $"{TestFilters.Command(TestFilters.ForProblem(first))}   # one problem's checks\n");
        text.Append(CultureInfo.InvariantCulture, $"{TestFilters.Command(TestFilters.ForCheck(TestFilters.Checks(first).First()))}   # one check\n```\n\n");
        text.Append("## Handing in\n\nThe `.cs` files of `student-template/Homework/` (or the folder, or this whole folder zipped: only the sources under `Homework/` are compiled).\n");
        return text.ToString();
    }

    /// <summary>Machine-checked, by hand, or both with each share.</summary>
    public static string GradedBy(AssignmentPart part) => (part.Machine, part.Hand) switch
    {
        ({ } machine, { } hand) => $"both: {PointsText.Of(machine.Points)} machine-checked, {PointsText.Of(hand.Points)} by hand",
        ({ }, null) => "machine-checked",
        (null, { }) => "by hand",
        _ => "its sub-parts",
    };


    /// <summary>"1 point", "2.5 points".</summary>
    public static string Counted(double points) => points == 1 ? "1 point" : $"{PointsText.Of(points)} points";

    private static IEnumerable<(AssignmentPart Part, int Depth)> Walk(IEnumerable<AssignmentPart> parts, int depth) =>
        parts.SelectMany(p => Walk(p.Parts ?? [], depth + 1).Prepend((p, depth)));

    private static string Contract(ProblemSources sources) =>
        string.Join(", ", sources.ContractTypes.Select(t => $"`{t.Name}`"));

    private static string Visibility(string visibility) => visibility switch
    {
        "after_due_date" => "after the due date",
        _ => "once the grades are published",
    };

    private static string Cell(string text) => text.Replace("|", "\\|");
}
