using System.CommandLine;
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

    public void AddTo(Command command)
    {
        command.Add(Fixtures);
        command.Add(Sets);
        command.Add(Problems);
    }

    /// <summary>The fixtures folder the options name, or the repository's.</summary>
    public string? FixturesRoot(ParseResult parse) => parse.GetValue(Fixtures) ?? RepositoryPaths.FindFixtures();

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
        var catalog = wanted.Length == 0 ? known : known.Only(wanted);
        var sets = parse.GetValue(Sets) ?? [];
        Rubric rubric;
        try
        {
            rubric = Rubric.Load(fixtures);
        }
        catch (System.Text.Json.JsonException e)
        {
            error = $"The rubric is not valid: {e.Message}";
            return null;
        }
        return new SubmissionGrader(catalog, new FixtureStore(fixtures), sets.Distinct().ToArray(), rubric);
    }
}
