using Grader.Core.Fixtures;
using Grader.Core.Problems;

namespace Grader.Tests;

/// <summary>Every problem of the catalogue has what grading it needs: fixtures in both sets, a hint for every recorded
/// mistake, cases for every check, and a template stub that implements its contract.</summary>
public sealed class ConsistencyTests
{
    public static IEnumerable<TestCaseData> Problems() => ProblemCatalog.Default.Problems.Select(p => new TestCaseData(p).SetName(p.Id));

    [TestCaseSource(nameof(Problems))]
    public void Fixtures_of_both_sets_cover_every_check_and_every_mistake_has_a_hint(IProblem problem)
    {
        var store = new FixtureStore(TestPaths.Fixtures);
        foreach (var set in Enum.GetValues<FixtureSet>())
        {
            var cases = store.Load(set, problem.Id);
            foreach (var quantity in problem.Quantities)
            {
                Assert.That(cases.Any(c => quantity.Applies(c.Inputs)), $"{set}: no case for {quantity.Name}");
            }
            var mistakes = cases.SelectMany(c => c.Mistakes.Keys).Distinct();
            Assert.That(problem.MistakeHints.Keys, Is.SupersetOf(mistakes), $"{set}: a recorded mistake has no hint");
        }
    }

    [TestCaseSource(nameof(Problems))]
    public void The_template_has_one_public_class_implementing_the_contract(IProblem problem)
    {
        var stubs = typeof(global::Homework.GruCell).Assembly.GetTypes().Where(t => t.IsPublic && problem.Contract.IsAssignableFrom(t));
        Assert.That(stubs, Has.Exactly(1).Items);
    }

    [TestCaseSource(nameof(Problems))]
    public void Every_contract_member_is_documented(IProblem problem)
    {
        var documentation = File.ReadAllText(Path.ChangeExtension(problem.Contract.Assembly.Location, ".xml"));
        Assert.That(documentation, Does.Contain($"\"T:{problem.Contract.FullName}\""));
        foreach (var member in problem.Contract.GetMembers())
        {
            var prefix = member switch
            {
                System.Reflection.PropertyInfo => "P:",
                System.Reflection.MethodInfo { IsSpecialName: true } => null,
                System.Reflection.MethodInfo => "M:",
                _ => null,
            };
            if (prefix is not null)
            {
                Assert.That(documentation, Does.Contain($"\"{prefix}{problem.Contract.FullName}.{member.Name}"), member.Name);
            }
        }
    }
}
