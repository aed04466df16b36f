using System.Reflection;
using Grader.Core.Problems;

namespace Reference.Generator.Fixtures;

/// <summary>Finds every problem's fixture generator, and says where the generators and the grader's modules disagree.</summary>
public static class Generators
{
    /// <summary>Every public, non-abstract <see cref="IFixtureGenerator"/> with a parameterless constructor declared in
    /// this assembly and in <paramref name="more"/>, in the catalogue's order of their problems.</summary>
    public static IReadOnlyList<IFixtureGenerator> Discover(ProblemCatalog catalog, params Assembly[] more)
    {
        var generators = more.Prepend(typeof(Generators).Assembly).Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IFixtureGenerator).IsAssignableFrom(type) &&
                           type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (IFixtureGenerator)Activator.CreateInstance(type)!)
            .ToArray();
        var position = catalog.Problems.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return generators.OrderBy(g => position.GetValueOrDefault(g.Problem, int.MaxValue)).ThenBy(g => g.Problem, StringComparer.Ordinal).ToArray();
    }

    /// <summary>One line per problem without exactly one generator and per generator of a problem the catalogue does
    /// not know; empty when every module has its generator.</summary>
    public static IReadOnlyList<string> Mismatches(ProblemCatalog catalog, IReadOnlyList<IFixtureGenerator> generators)
    {
        var byProblem = generators.GroupBy(g => g.Problem).ToDictionary(g => g.Key, g => g.Count());
        return catalog.Problems
            .Where(p => byProblem.GetValueOrDefault(p.Id) != 1)
            .Select(p => byProblem.ContainsKey(p.Id)
                ? $"{p.Id}: {byProblem[p.Id]} fixture generators; a problem has exactly one."
                : $"{p.Id}: no fixture generator in reference/ (a class implementing IFixtureGenerator whose Problem is \"{p.Id}\").")
            .Concat(byProblem.Keys.Where(id => catalog.Find(id) is null)
                .Select(id => $"{id}: a fixture generator for a problem no module declares."))
            .ToArray();
    }
}
