using Grader.Core.Assignments;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Cli.Packaging;

/// <summary>The public checks a pack's <c>dotnet test</c> runs, by the test names the template gives them (the check
/// ids, <c>gru-cell/public/h_next</c>), and the <c>--filter</c> expressions that select a problem's or a part's.</summary>
public static class TestFilters
{
    private const string Special = "\\()&|=!~";

    /// <summary>The ids of the public checks of <paramref name="problem"/>.</summary>
    public static IEnumerable<string> Checks(IProblemModule problem) =>
        problem.Quantities.Select(q => CheckResult.MakeId(problem.Id, FixtureSet.Public, q.Name));

    /// <summary>The ids of the public checks a machine-graded share counts, in the catalogue's order.</summary>
    public static IEnumerable<string> Checks(MachineGrading machine, Assignment assignment, ProblemCatalog catalog) =>
        from problem in catalog.Problems
        where assignment.Problems.Contains(problem.Id)
        from quantity in problem.Quantities
        where machine.Checks.Any(selector => CheckSelector.Matches(selector, problem.Id, quantity.Name))
        select CheckResult.MakeId(problem.Id, FixtureSet.Public, quantity.Name);

    /// <summary>The ids of every public check the assignment's parts count.</summary>
    public static IEnumerable<string> Checks(Assignment assignment, ProblemCatalog catalog) =>
        assignment.Leaves.Where(p => p.Machine is not null).SelectMany(p => Checks(p.Machine!, assignment, catalog)).Distinct();

    /// <summary>A problem's checks: every test whose name holds its id and a slash (no other problem's id ends in it).</summary>
    public static string ForProblem(IProblemModule problem) => $"Name~{Escape(problem.Id + "/")}";

    /// <summary>The checks <paramref name="ids"/>: a problem's filter where they are all of its checks, the names one by
    /// one otherwise.</summary>
    public static string For(IEnumerable<string> ids, ProblemCatalog catalog)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var problem in catalog.Problems)
        {
            var mine = Checks(problem).ToArray();
            var chosen = mine.Where(wanted.Contains).ToArray();
            if (chosen.Length > 0 && chosen.Length == mine.Length)
            {
                terms.Add(ForProblem(problem));
            }
            else
            {
                terms.AddRange(chosen.Select(ForCheck));
            }
        }
        return string.Join('|', terms);
    }

    public static string ForCheck(string id) => $"Name={Escape(id)}";

    /// <summary>The command line that runs the tests <paramref name="filter"/> selects.</summary>
    public static string Command(string filter) => $"dotnet test --filter \"{filter}\"";

    private static string Escape(string value) =>
        string.Concat(value.Select(c => Special.Contains(c) ? $"\\{c}" : c.ToString()));
}
