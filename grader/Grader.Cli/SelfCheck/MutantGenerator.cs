using System.Text.RegularExpressions;
using Grader.Cli.Submissions;
using Grader.Core.Problems;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Cli.SelfCheck;

/// <summary>Rewrites answer-key files into mutants with Roslyn: every site <see cref="MutationRules"/> proposes,
/// one rewrite per mutant, each with an id that survives edits elsewhere in the file.</summary>
public sealed partial class MutantGenerator(ProblemCatalog catalog)
{
    /// <summary>All mutants of all files, in file order and then source order. The files are read together, as one
    /// submission, so that a call into another file still has its types.</summary>
    public IReadOnlyList<Mutant> Generate(IReadOnlyList<SourceFile> files)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Name)).ToArray();
        var compilation = CSharpCompilation.Create(
            "SelfCheck",
            trees.Append(CSharpSyntaxTree.ParseText(SubmissionCompiler.ImplicitUsings, parse, "ImplicitUsings.g.cs")),
            SubmissionCompiler.MetadataReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return files.Zip(trees).SelectMany(pair => Mutate(pair.First, pair.Second, compilation.GetSemanticModel(pair.Second))).ToArray();
    }

    private IEnumerable<Mutant> Mutate(SourceFile file, SyntaxTree tree, SemanticModel model)
    {
        var root = tree.GetRoot();
        var problems = ProblemsOf(root);
        var rules = new MutationRules(model);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes().Where(InScope))
        {
            foreach (var site in rules.For(node))
            {
                var replacement = SyntaxFactory.ParseExpression(site.Replacement);
                if (replacement.ContainsDiagnostics)
                {
                    continue;
                }
                var mutated = root.ReplaceNode(site.Node, replacement.WithTriviaFrom(site.Node)).ToFullString();
                var member = MemberOf(site.Node);
                var (original, rewritten) = (Flatten(site.Node.ToString()), Flatten(site.Replacement));
                var key = $"{file.Name}:{member}:{site.Kind}:{original} → {rewritten}";
                var count = seen[key] = seen.GetValueOrDefault(key) + 1;
                var id = count == 1 ? key : $"{key} #{count}";
                var line = site.Node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                yield return new Mutant(id, file.Name, member, site.Kind, original, rewritten, line, problems, mutated);
            }
        }
    }

    /// <summary>The problems whose contracts the file's types implement; every problem when it implements none
    /// (a helper any solution might call).</summary>
    private IReadOnlyList<string> ProblemsOf(SyntaxNode root)
    {
        var bases = root.DescendantNodes().OfType<BaseTypeSyntax>()
            .Select(b => b.Type.ToString().Split('.')[^1])
            .ToHashSet(StringComparer.Ordinal);
        var implemented = catalog.Problems.Where(p => bases.Contains(p.Contract.Name)).Select(p => p.Id).ToArray();
        return implemented.Length > 0 ? implemented : catalog.Problems.Select(p => p.Id).ToArray();
    }

    /// <summary>Code that runs: members' bodies and the initialisers of constants (const and static readonly
    /// fields: a model's given weights, a learning rate). Instance field and property initialisers only hold
    /// placeholders that every call overwrites, and messages are not computed values.</summary>
    private static bool InScope(SyntaxNode node)
    {
        var inCode = node.Ancestors().Any(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
            or ArrowExpressionClauseSyntax || (a is FieldDeclarationSyntax field && IsConstant(field)));
        var excluded = node.AncestorsAndSelf().Any(a => a is AttributeSyntax or ThrowStatementSyntax or ThrowExpressionSyntax
            or InterpolatedStringExpressionSyntax);
        return inCode && !excluded;
    }

    private static bool IsConstant(FieldDeclarationSyntax field) =>
        field.Modifiers.Any(SyntaxKind.ConstKeyword) ||
        (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword));

    private static string MemberOf(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";
        var member = node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text,
            PropertyDeclarationSyntax p => p.Identifier.Text,
            ConstructorDeclarationSyntax => "ctor",
            FieldDeclarationSyntax f => string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.Text)),
            OperatorDeclarationSyntax o => "operator" + o.OperatorToken.Text,
            _ => "?",
        };
        return $"{type}.{member}";
    }

    private static string Flatten(string code) => Whitespace().Replace(code, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
