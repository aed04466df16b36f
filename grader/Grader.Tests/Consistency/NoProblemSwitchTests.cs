using System.Text.RegularExpressions;

namespace Grader.Tests.Consistency;

/// <summary>Outside a problem's own folders no code names a problem's id, as a literal or in a comparison: whatever
/// differs between problems is declared by the module, so adding one changes no shared code.</summary>
public sealed partial class NoProblemSwitchTests
{
    private static readonly string[] SharedCode = ["grader/Grader.Core", "grader/Grader.Cli", "grader/Grader.Runner", "reference/Reference.Generator"];

    [Test]
    public void Shared_code_neither_spells_a_problem_id_nor_compares_with_one()
    {
        var ids = TestCatalog.All.Problems.Select(p => p.Id).ToArray();
        var stems = TestCatalog.All.Problems.Select(p => p.GetType().Name[..^"Module".Length]).ToArray();
        var literal = new Regex("\"(" + string.Join("|", ids.Select(Regex.Escape)) + ")\"");
        var offenders = new List<string>();
        foreach (var root in SharedCode)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Root, root), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(TestPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/") || relative.Contains("/bin/") || stems.Any(s => relative.Contains($"/{s}/")))
                {
                    continue;
                }
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (literal.IsMatch(lines[i]) || ComparedWithAnId().IsMatch(lines[i]))
                    {
                        offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }
        Assert.That(offenders, Is.Empty);
    }

    [GeneratedRegex(@"(==|!=)\s*[\w.]*Module\.ProblemId|[\w.]*Module\.ProblemId\s*(==|!=)|case\s+[\w.]*Module\.ProblemId")]
    private static partial Regex ComparedWithAnId();
}
