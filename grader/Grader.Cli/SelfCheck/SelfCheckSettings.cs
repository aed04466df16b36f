using Grader.Cli.Isolation;

namespace Grader.Cli.SelfCheck;

/// <summary>What a selfcheck run grades, where, and how.</summary>
public sealed record SelfCheckSettings
{
    /// <summary>The answer key's folder of .cs files (reference/Reference.Solutions).</summary>
    public required string ReferenceFolder { get; init; }

    public required string FixturesRoot { get; init; }

    /// <summary>Where selfcheck.json, selfcheck.md and the mutants' scratch folders go.</summary>
    public required string OutputFolder { get; init; }

    public required string EquivalentsPath { get; init; }

    public int Jobs { get; init; } = 2;

    /// <summary>Only mutants of files that implement these problems (empty: all).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Only mutants whose id is one of these or contains one of them (empty: all).</summary>
    public IReadOnlyList<string> Mutants { get; init; } = [];

    /// <summary>At most this many mutants, the first in source order (null: all).</summary>
    public int? Limit { get; init; }

    public IsolationSettings Isolation { get; init; } = new();

    /// <summary>True when a filter leaves some mutants out, so the report is not a full run.</summary>
    public bool Filtered => Problems.Count > 0 || Mutants.Count > 0 || Limit is not null;
}
