using Grader.Core.Problems;
using Grader.Core.Problems.GruCell;

namespace Grader.Tests.Grading;

/// <summary>A catalogue of the GRU problem alone, for tests that grade GRU implementations and count its points.</summary>
internal static class GruOnly
{
    public static ProblemCatalog Catalog { get; } = new([new GruCellModule()]);
}
