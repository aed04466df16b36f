namespace Grader.Cli.SelfCheck;

/// <summary>One wrong version of one answer-key file.</summary>
/// <param name="Id">Stable across edits that move code: file, member, kind and the rewrite, plus #n when the same
/// rewrite occurs more than once in the member (no line numbers).</param>
/// <param name="File">The file's name within the answer key's folder.</param>
/// <param name="Line">Where the rewrite is, for readers only (1-based).</param>
/// <param name="Problems">The problems whose contracts the file implements: the ones graded for this mutant.</param>
/// <param name="MutatedSource">The whole file with the rewrite applied.</param>
public sealed record Mutant(
    string Id,
    string File,
    string Member,
    MutantKind Kind,
    string Original,
    string Replacement,
    int Line,
    IReadOnlyList<string> Problems,
    string MutatedSource)
{
    public string Description => $"{Original} → {Replacement}";
}
