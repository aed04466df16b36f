using System.CommandLine;
using Grader.Cli.Assignments;
using Grader.Cli.Packaging;
using Grader.Core.Problems;

namespace Grader.Cli.Commands;

/// <summary><c>grader pack student|gradescope [--assignment ID] --out FILE.zip</c>: what students get, and Gradescope's
/// autograder; for one assignment, or every problem as a practice set.</summary>
public static class PackCommand
{
    public static Command Create(ProblemCatalog catalog)
    {
        var student = new Command("student", "The student template, the contracts, the grading checks and the public fixtures, with a README.");
        var gradescope = new Command("gradescope", "Gradescope's autograder: setup.sh, run_autograder, the grader and the fixtures.");
        foreach (var (command, fallback) in new[] { (student, "homework.zip"), (gradescope, "autograder.zip") })
        {
            var output = new Option<string>("--out") { Description = "The zip to write.", DefaultValueFactory = _ => fallback };
            var assignmentOption = new Option<string?>("--assignment")
            {
                Description = "Pack this assignment (an id of assignments/ or a .json file): its problems only" +
                    (command == student ? ", and a README of its parts and points." : "; run_autograder grades its machine-checked parts.") +
                    " Without it, every problem as a practice set.",
            };
            command.Add(output);
            command.Add(assignmentOption);
            var isStudent = command == student;
            command.SetAction(parse =>
            {
                var root = RepositoryPaths.FindRoot();
                if (root is null)
                {
                    Console.Error.WriteLine("grader: run pack from the repository (no Grader.sln found above this folder).");
                    return ExitCodes.Usage;
                }
                var zip = Path.GetFullPath(parse.GetValue(output)!);
                var name = parse.GetValue(assignmentOption);
                if (name is null)
                {
                    if (isStudent)
                    {
                        StudentPackage.Write(StudentPackage.Contents(root, catalog), zip);
                    }
                    else
                    {
                        GradescopePackage.Write(root, AppContext.BaseDirectory, zip);
                    }
                    Console.WriteLine($"Wrote {zip}");
                    return ExitCodes.Success;
                }
                if (AssignmentLocator.Resolve(name, catalog, out var errors) is not { } assignment)
                {
                    Console.Error.WriteLine($"grader: the assignment cannot be used, so nothing was packed:\n  {string.Join("\n  ", errors)}");
                    return ExitCodes.Usage;
                }
                if (isStudent)
                {
                    StudentPackage.Write(StudentPackage.Contents(root, catalog, assignment), zip);
                }
                else
                {
                    GradescopePackage.Write(root, AppContext.BaseDirectory, zip, catalog, assignment, AssignmentLocator.PathOf(name)!);
                }
                Console.WriteLine($"Wrote {zip} ({assignment.Id})");
                return ExitCodes.Success;
            });
        }
        return new Command("pack", "Build the packages for students and for Gradescope.") { student, gradescope };
    }
}
