using System.Text.RegularExpressions;
using Grader.Core.Problems;

namespace Grader.Tests.Consistency;

/// <summary>Grader.Core exports exactly the types docs/grader-core.md lists (each problem's module and mistakes by its
/// pattern), so the documented surface is the real one.</summary>
public sealed partial class GraderCoreSurfaceTests
{
    [Test]
    public void The_exported_types_are_the_documented_ones()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "grader-core.md"));
        var documented = ListedType().Matches(doc).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var exported = typeof(ProblemCatalog).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested)
            .Select(t => t.Name)
            .Except(PerProblem())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(exported.Except(documented).Order(), Is.Empty, "exported but not in docs/grader-core.md: make it internal or document it");
            Assert.That(documented.Except(exported).Order(), Is.Empty, "in docs/grader-core.md but not exported");
        });
    }

    /// <summary>A type named at the start of a list item: "- `Name`", ": `Name`" or "), `Name`".</summary>
    [GeneratedRegex(@"(?:^- |: |\),\s+)`(?<name>[A-Z]\w+)`", RegexOptions.Multiline)]
    private static partial Regex ListedType();

    /// <summary>Each problem's module and mistakes, which the page names by their pattern.</summary>
    private static IEnumerable<string> PerProblem() =>
        TestCatalog.All.Problems.Select(p => p.GetType().Name).SelectMany(module => new[] { module, module[..^"Module".Length] + "Mistakes" });
}
