using System.Reflection;
using System.Xml.Linq;
using Grader.Contracts;
using Grader.Core.Fixtures;
using Grader.Core.Problems;
using Reference.Generator.Fixtures;

namespace Grader.Tests.Consistency;

/// <summary>Every discovered problem module is complete, with every part docs/adding-a-problem.md lists, each under
/// the problem's stem (the module's class name without "Module", e.g. GruCell for gru-cell): a fixture generator,
/// fixtures in both sets, hints for its mistakes, a documented contract, an answer key, a stub that points to its text,
/// the text and the instructor's notes.</summary>
public sealed class ProblemModuleTests
{
    private const string ModuleSuffix = "Module";

    public static IEnumerable<TestCaseData> Problems() => TestCatalog.All.Problems.Select(p => new TestCaseData(p).SetName(p.Id));

    private static string Stem(IProblemModule problem) => problem.GetType().Name[..^ModuleSuffix.Length];

    [Test]
    public void Every_module_has_exactly_one_fixture_generator_and_every_generator_a_module()
    {
        Assert.That(Generators.Mismatches(TestCatalog.All, TestCatalog.Generators), Is.Empty);
    }

    [Test]
    public void Discovery_finds_all_ten_problems_in_catalogue_order()
    {
        Assert.That(TestCatalog.All.Problems.Select(p => p.Id), Is.EqualTo(new[]
        {
            "gru-cell", "nback-rnn", "sigmoid-rnn", "softmax-rnn", "mlp-selection", "mlp-complexity", "linear-autoencoder",
            "char-rnn", "lstm-worked", "infogan",
        }));
    }

    [TestCaseSource(nameof(Problems))]
    public void Its_parts_are_named_by_its_stem_everywhere(IProblemModule problem)
    {
        var stem = Stem(problem);
        Assert.That(problem.GetType().Name, Does.EndWith(ModuleSuffix));
        Assert.That(stem.ToLowerInvariant(), Is.EqualTo(problem.Id.Replace("-", "")), "the stem spells the id");
        Assert.That(problem.GetType().Namespace, Is.EqualTo($"Grader.Core.Problems.{stem}"));
        Assert.That(problem.Contract.Name, Is.EqualTo($"I{stem}"));
        Assert.That(TestCatalog.Generators.Single(g => g.Problem == problem.Id).GetType().Namespace, Is.EqualTo($"Reference.Generator.{stem}"));
    }

    [TestCaseSource(nameof(Problems))]
    public void It_has_every_file_docs_adding_a_problem_lists(IProblemModule problem)
    {
        var files = AddingAProblemDoc.Files().ToArray();
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(9), "the table of parts in docs/adding-a-problem.md");
        foreach (var file in files.Select(f => f.Replace("<Stem>", Stem(problem)).Replace("<id>", problem.Id)))
        {
            Assert.That(File.Exists(Path.Combine(TestPaths.Root, file)), Is.True, file);
        }
    }

    [TestCaseSource(nameof(Problems))]
    public void Fixtures_of_both_sets_load_and_cover_every_check(IProblemModule problem)
    {
        var store = new FixtureStore(TestPaths.Fixtures);
        foreach (var set in Enum.GetValues<FixtureSet>())
        {
            var fixtures = store.Load(set, problem.Id);
            Assert.That(fixtures, Is.Not.Empty, $"{set}: no fixtures");
            foreach (var quantity in problem.Quantities)
            {
                Assert.That(fixtures.Any(c => quantity.Applies(c.Inputs)), $"{set}: no case for {quantity.Name}");
            }
            foreach (var fixture in fixtures)
            {
                var compared = problem.Quantities.Where(q => !q.IsJudged && q.Applies(fixture.Inputs)).Select(q => q.Name);
                Assert.That(fixture.Expected.Keys, Is.SupersetOf(compared), $"{set}/{fixture.Case}");
            }
        }
    }

    [TestCaseSource(nameof(Problems))]
    public void Every_recorded_mistake_has_a_hint(IProblemModule problem)
    {
        var store = new FixtureStore(TestPaths.Fixtures);
        var recorded = Enum.GetValues<FixtureSet>().SelectMany(set => store.Load(set, problem.Id)).SelectMany(f => f.Mistakes.Keys).Distinct();
        Assert.That(problem.MistakeHints.Keys, Is.SupersetOf(recorded));
    }

    [TestCaseSource(nameof(Problems))]
    public void The_template_has_one_public_stub_that_points_to_the_text(IProblemModule problem)
    {
        var stubs = typeof(global::Homework.GruCell).Assembly.GetTypes().Where(t => t.IsPublic && problem.Contract.IsAssignableFrom(t)).ToArray();
        Assert.That(stubs, Has.Length.EqualTo(1), "one stub class implements the contract");
        Assert.That(stubs[0].Name, Is.EqualTo(Stem(problem)));
        var source = File.ReadAllText(Path.Combine(TestPaths.Root, "student-template", "Homework", Stem(problem) + ".cs"));
        Assert.That(source, Does.Contain($"problems/{problem.Id}.md"));
    }

    [TestCaseSource(nameof(Problems))]
    public void The_answer_key_implements_the_contract(IProblemModule problem)
    {
        var keys = typeof(Reference.Solutions.GruCell).Assembly.GetTypes().Where(t => t.IsPublic && problem.Contract.IsAssignableFrom(t)).ToArray();
        Assert.That(keys.Select(t => t.Name), Is.EqualTo(new[] { Stem(problem) }));
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
