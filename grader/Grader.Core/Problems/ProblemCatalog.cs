using System.Reflection;

namespace Grader.Core.Problems;

/// <summary>The problems a grading run knows, in the order reports list them.</summary>
public sealed class ProblemCatalog
{
    public ProblemCatalog(IEnumerable<IProblemModule> problems)
    {
        Problems = problems.OrderBy(p => p.Position).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var duplicate = Problems.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Problem id {duplicate.Key} is declared twice.", nameof(problems));
        }
    }

    /// <summary>Every module declared in Grader.Core and in <paramref name="more"/>: each public, non-abstract class
    /// that implements <see cref="IProblemModule"/> with a parameterless constructor.</summary>
    public static ProblemCatalog Discover(params Assembly[] more) =>
        new(more.Prepend(typeof(ProblemCatalog).Assembly).Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IProblemModule).IsAssignableFrom(type) &&
                           type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (IProblemModule)Activator.CreateInstance(type)!));

    public IReadOnlyList<IProblemModule> Problems { get; }

    public IProblemModule? Find(string id) => Problems.FirstOrDefault(p => p.Id == id);

    public IProblemModule Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown problem '{id}'. Known: {string.Join(", ", Problems.Select(p => p.Id))}.", nameof(id));

    /// <summary>The same catalogue with only the problems named in <paramref name="ids"/>.</summary>
    public ProblemCatalog Only(IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return new ProblemCatalog(Problems.Where(p => wanted.Contains(p.Id)));
    }
}
