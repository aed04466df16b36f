using System.CommandLine;
using Grader.Cli.Packaging;

namespace Grader.Cli.Commands;

/// <summary><c>grader pack student|gradescope --out FILE.zip</c>: what students get, and Gradescope's autograder.</summary>
public static class PackCommand
{
    public static Command Create()
    {
        var student = new Command("student", "The student template, the contracts, the grading checks and the public fixtures.");
        var gradescope = new Command("gradescope", "Gradescope's autograder: setup.sh, run_autograder, the grader and every fixture.");
        foreach (var (command, fallback) in new[] { (student, "homework.zip"), (gradescope, "autograder.zip") })
        {
            var output = new Option<string>("--out") { Description = "The zip to write.", DefaultValueFactory = _ => fallback };
            command.Add(output);
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
                if (isStudent)
                {
                    StudentPackage.Write(root, zip);
                }
                else
                {
                    GradescopePackage.Write(root, AppContext.BaseDirectory, zip);
                }
                Console.WriteLine($"Wrote {zip}");
                return ExitCodes.Success;
            });
        }
        return new Command("pack", "Build the packages for students and for Gradescope.") { student, gradescope };
    }
}
