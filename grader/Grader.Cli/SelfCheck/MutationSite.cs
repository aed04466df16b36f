using Microsoft.CodeAnalysis;

namespace Grader.Cli.SelfCheck;

/// <summary>A node of the answer key and the code that replaces it in one mutant.</summary>
public sealed record MutationSite(SyntaxNode Node, string Replacement, MutantKind Kind);
