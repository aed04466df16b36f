using System.Text.RegularExpressions;

namespace Grader.Tests.Consistency;

/// <summary>The files docs/adding-a-problem.md's table of parts names, with <c>&lt;Stem&gt;</c> and <c>&lt;id&gt;</c> left
/// for the caller to fill in.</summary>
internal static partial class AddingAProblemDoc
{
    public static IEnumerable<string> Files() =>
        File.ReadLines(Path.Combine(TestPaths.Root, "docs", "adding-a-problem.md"))
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["file"].Value);

    /// <summary>A row of the table: | step | `file` | what it holds |.</summary>
    [GeneratedRegex(@"^\| \d+ \| `(?<file>[^`]+)` \|")]
    private static partial Regex TableRow();
}
