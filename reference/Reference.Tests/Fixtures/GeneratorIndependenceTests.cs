using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Reference.Generator.Fixtures;

namespace Reference.Tests.Fixtures;

/// <summary>Data flows one way: the generator makes fixtures from the answer key and the problems' declarations (ids,
/// quantities, tolerances, the shared data makers), never with the grader's checks, criteria or comparisons, which
/// are what the fixtures test.</summary>
public sealed class GeneratorIndependenceTests
{
    private static readonly string[] CheckNamespaces = ["Grader.Core.Grading"];
    private static readonly string[] CheckTypes = ["Grader.Core.Numerics.AllClose", "Grader.Core.Numerics.Comparison", "Grader.Core.Numerics.ComparisonKind"];

    [Test]
    public void The_generator_uses_none_of_the_graders_checks()
    {
        var used = GraderCoreTypesUsedBy(typeof(ReferenceRun).Assembly.Location);
        Assert.That(used, Does.Contain("Grader.Core.Problems.IProblemModule"), "the generator's references to Grader.Core are read");
        var checks = used.Where(t => CheckTypes.Contains(t) || CheckNamespaces.Any(n => t.StartsWith(n + ".", StringComparison.Ordinal)));
        Assert.That(checks, Is.Empty);
    }

    /// <summary>The full names of the Grader.Core types an assembly refers to.</summary>
    private static string[] GraderCoreTypesUsedBy(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference &&
                        metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name) == "Grader.Core")
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
