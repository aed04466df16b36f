using Grader.Core.Problems;

namespace Grader.Cli.Packaging;

/// <summary>Where a problem's files are in the repository, by its module: the stem names its check code
/// (<c>grader/Grader.Core/Problems/&lt;Stem&gt;/</c>, the module's namespace) and its stub
/// (<c>student-template/Homework/&lt;Stem&gt;.cs</c>); the id names its text and its fixtures; the contract's
/// types name the files of Grader.Contracts it needs, one type per file.</summary>
public sealed class ProblemSources(IProblemModule problem)
{
    public const string ProblemsFolder = "grader/Grader.Core/Problems";
    public const string ContractsFolder = "student-template/Grader.Contracts";
    public const string DataFolder = "fixtures/data";

    public IProblemModule Problem { get; } = problem;

    public string Id => Problem.Id;

    /// <summary>The last part of the module's namespace, e.g. <c>GruCell</c>.</summary>
    public string Stem { get; } = problem.GetType().Namespace?.Split('.')[^1]
        ?? throw new ArgumentException($"The module {problem.GetType().Name} has no namespace.", nameof(problem));

    public string CheckCode => $"{ProblemsFolder}/{Stem}";

    public string Stub => $"student-template/Homework/{Stem}.cs";

    public string Text => $"student-template/problems/{Id}.md";

    public string PublicFixtures => $"fixtures/public/{Id}";

    public string HiddenFixtures => $"fixtures/hidden/{Id}";

    public IReadOnlyList<Type> ContractTypes { get; } = Packaging.ContractTypes.Of(problem.Contract);

    /// <summary>One file per contract type, named after it.</summary>
    public IEnumerable<string> Contracts => ContractTypes.Select(t => $"{ContractsFolder}/{t.Name}.cs");

    /// <summary>Whether the problem's text sends the student to the data sets of <c>fixtures/data/</c>.</summary>
    public bool NeedsData(string root) =>
        File.Exists(Path.Combine(root, Text)) && File.ReadAllText(Path.Combine(root, Text)).Contains(DataFolder + "/", StringComparison.Ordinal);
}
