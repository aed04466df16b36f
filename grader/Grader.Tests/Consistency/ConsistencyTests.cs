using System.Reflection;
using System.Xml.Linq;
using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Grader.Tests.Consistency;

/// <summary>Every problem is complete: fixtures in both sets, a documented contract, a stub, a problem text, hints for its mistakes.</summary>
public sealed class ConsistencyTests
{
    public static IEnumerable<IProblem> Problems() => ProblemCatalog.Default.Problems;

    [TestCaseSource(nameof(Problems))]
    public void Every_problem_has_public_and_hidden_fixtures_that_load(IProblem problem)
    {
        var store = new FixtureStore(TestPaths.Fixtures);
        foreach (var set in Enum.GetValues<FixtureSet>())
        {
            var fixtures = store.Load(set, problem.Id);
            Assert.That(fixtures, Is.Not.Empty);
            foreach (var fixture in fixtures)
            {
                var compared = problem.Quantities.Where(q => !q.IsJudged && q.Applies(fixture.Inputs)).Select(q => q.Name);
                Assert.That(fixture.Expected.Keys, Is.SupersetOf(compared), fixture.Case);
            }
        }
    }

    [TestCaseSource(nameof(Problems))]
    public void Every_recorded_mistake_has_a_hint(IProblem problem)
    {
        var store = new FixtureStore(TestPaths.Fixtures);
        var recorded = Enum.GetValues<FixtureSet>().SelectMany(set => store.Load(set, problem.Id)).SelectMany(f => f.Mistakes.Keys).Distinct();
        Assert.That(problem.MistakeHints.Keys, Is.SupersetOf(recorded));
    }

    [TestCaseSource(nameof(Problems))]
    public void Every_problem_has_a_text_and_a_stub_that_points_to_it(IProblem problem)
    {
        Assert.That(File.Exists(Path.Combine(TestPaths.Root, "student-template", "problems", problem.Id + ".md")), Is.True);
        var stubs = typeof(global::Homework.GruCell).Assembly.GetTypes().Where(t => problem.Contract.IsAssignableFrom(t)).ToArray();
        Assert.That(stubs, Has.Length.EqualTo(1), "one stub class implements the contract");
    }

    [Test]
    public void Every_public_member_of_the_contracts_is_documented()
    {
        var assembly = typeof(IGruCell).Assembly;
        var xml = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => !string.IsNullOrWhiteSpace(m.Element("summary")?.Value))
            .Select(m => m.Attribute("name")!.Value)
            .ToHashSet();
        foreach (var type in assembly.GetExportedTypes())
        {
            Assert.That(documented, Does.Contain("T:" + type.FullName));
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Where(m => m is PropertyInfo or MethodInfo { IsSpecialName: false })
                         .Where(m => !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)))
            {
                var prefix = member is PropertyInfo ? "P:" : "M:";
                Assert.That(documented.Any(d => d.StartsWith($"{prefix}{type.FullName}.{member.Name}", StringComparison.Ordinal)), Is.True,
                    $"{type.Name}.{member.Name} has no summary");
            }
        }
    }
}
