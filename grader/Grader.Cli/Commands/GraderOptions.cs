using System.CommandLine;
using Grader.Cli.Assignments;
using Grader.Cli.Isolation;
using Grader.Cli.Pipeline;
using Grader.Core.Assignments;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Cli.Commands;

/// <summary>Options every grading command shares, and how they become a <see cref="SubmissionGrader"/>.</summary>
public sealed class GraderOptions(ProblemCatalog known)
{
    public Option<string?> Fixtures { get; } = new("--fixtures") { Description = "The fixtures folder (default: fixtures/ of the repository)." };

    public Option<FixtureSet[]> Sets { get; } = new("--sets")
    {
        Description = "Fixture sets to grade on.",
        DefaultValueFactory = _ => [FixtureSet.Public, FixtureSet.Hidden],
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Problems { get; } = new("--problem")
    {
        Description = "Grade only these problems (default: all).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Assignment { get; } = new("--assignment")
    {
        Description = "Grade this assignment (an id of assignments/ or a .json file): its problems, in its parts and points. " +
            "Without it every problem is graded as a practice set.",
    };

    public Option<bool> MachineOnly { get; } = new("--machine-only")
    {
        Description = "With --assignment: leave the hand-graded parts out (Gradescope grades them as questions of their own).",
    };

    public Option<double> SubmissionBudget { get; } = new("--submission-budget")
    {
        Description = "Seconds one submission's calls may take together; the checks left after it are \"not graded: time budget spent\".",
        DefaultValueFactory = _ => SubmissionPipeline.DefaultBudget.TotalSeconds,
    };

    /// <summary>The budget the options set.</summary>
    public TimeSpan Budget(ParseResult parse) => TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(SubmissionBudget)));

    public void AddTo(Command command)
    {
        command.Add(SubmissionBudget);
        command.Add(Fixtures);
        command.Add(Sets);
        command.Add(Problems);
        command.Add(Assignment);
        command.Add(MachineOnly);
    }

    /// <summary>The fixtures folder the options name, or the repository's.</summary>
    public string? FixturesRoot(ParseResult parse) => parse.GetValue(Fixtures) ?? RepositoryPaths.FindFixtures();

    /// <summary>The base of every call's time limit: the times recorded beside the fixtures, scaled to this machine. When
    /// there are none, says so on stderr and gives every case the same generous base.</summary>
    public ReferenceTimings Timings(ParseResult parse)
    {
        var timings = ReferenceTimings.For(FixturesRoot(parse)!, out var problem);
        if (problem is not null)
        {
            Console.Error.WriteLine($"grader: no recorded reference times ({problem}): every call's limit is that of a " +
                $"{ReferenceTimings.Unrecorded.TotalSeconds:0} s case.");
        }
        return timings;
    }

    /// <summary>The grader the options describe, or null with <paramref name="error"/> saying what is wrong.</summary>
    public SubmissionGrader? Build(ParseResult parse, out string? error)
    {
        error = null;
        var fixtures = FixturesRoot(parse);
        if (fixtures is null || !Directory.Exists(fixtures))
        {
            error = fixtures is null
                ? "No fixtures folder found: run from the repository or pass --fixtures DIR."
                : $"The fixtures folder {fixtures} does not exist.";
            return null;
        }

        var wanted = parse.GetValue(Problems) ?? [];
        var unknown = wanted.Where(id => known.Find(id) is null).ToArray();
        if (unknown.Length > 0)
        {
            error = $"Unknown problem {string.Join(", ", unknown)}. Known: {string.Join(", ", known.Problems.Select(p => p.Id))}.";
            return null;
        }
        var sets = (parse.GetValue(Sets) ?? []).Distinct().ToArray();
        if (parse.GetValue(Assignment) is not { } name)
        {
            return new SubmissionGrader(wanted.Length == 0 ? known : known.Only(wanted), new FixtureStore(fixtures), sets);
        }

        if (AssignmentLocator.Resolve(name, known, out var errors) is not { } assignment)
        {
            error = $"the assignment cannot be used, so nothing was graded:\n  {string.Join("\n  ", errors)}";
            return null;
        }
        var outside = wanted.Where(id => !assignment.Problems.Contains(id)).ToArray();
        if (outside.Length > 0)
        {
            error = $"{string.Join(", ", outside)} is not a problem of {assignment.Id} ({string.Join(", ", assignment.Problems)}).";
            return null;
        }
        var catalog = known.Only(wanted.Length == 0 ? assignment.Problems : wanted);
        var plan = new AssignmentPlan(assignment, catalog, sets, includeHand: !parse.GetValue(MachineOnly));
        return new SubmissionGrader(catalog, new FixtureStore(fixtures), sets, plan);
    }
}
