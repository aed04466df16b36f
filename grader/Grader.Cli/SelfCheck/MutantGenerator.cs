using System.Text.RegularExpressions;
using Grader.Cli.Submissions;
using Grader.Core.Problems;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Cli.SelfCheck;

/// <summary>Rewrites answer-key files into mutants with Roslyn: every site <see cref="MutationRules"/> proposes,
/// one rewrite per mutant, each with an id that survives edits elsewhere in the file.</summary>
/// <param name="compiler">The files' semantics are read against what it compiles submissions against.</param>
public sealed partial class MutantGenerator(ProblemCatalog catalog, SubmissionCompiler compiler)
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
            compiler.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = ProblemsOf(trees);
        return files.Zip(trees).SelectMany(pair => Mutate(pair.First, pair.Second, compilation.GetSemanticModel(pair.Second), problems[pair.Second]))
            .ToArray();
    }

    private IEnumerable<Mutant> Mutate(SourceFile file, SyntaxTree tree, SemanticModel model, IReadOnlyList<string> problems)
    {
        var root = tree.GetRoot();
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

    /// <summary>Each file's problems: those whose contracts its types implement; for a file that implements none, the
    /// problems of the files that use its types (a helper of the InfoGAN is graded on infogan alone), and every problem
    /// when no file uses them.</summary>
    private Dictionary<SyntaxTree, IReadOnlyList<string>> ProblemsOf(IReadOnlyList<SyntaxTree> trees)
    {
        var declared = trees.ToDictionary(t => t, t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
            .Select(d => d.Identifier.Text).ToHashSet(StringComparer.Ordinal));
        var used = trees.ToDictionary(t => t, t => t.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>()
            .Select(n => n.Identifier.Text).ToHashSet(StringComparer.Ordinal));
        var problems = trees.ToDictionary(t => t, t => Implemented(t.GetRoot()));
        // A helper used by a helper takes its problems from the files above it: repeat until nothing changes.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var helper in trees.Where(t => declared[t].Count > 0))
            {
                var users = trees.Where(t => t != helper && used[t].Overlaps(declared[helper])).SelectMany(t => problems[t]);
                var before = problems[helper].Count;
                problems[helper].UnionWith(users);
                changed |= problems[helper].Count != before;
            }
        }
        var all = catalog.Problems.Select(p => p.Id).ToArray();
        return problems.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value.Count > 0
            ? all.Where(p.Value.Contains).ToArray()
            : all));
    }

    /// <summary>The problems whose contracts the file's types implement.</summary>
    private HashSet<string> Implemented(SyntaxNode root)
    {
        var bases = root.DescendantNodes().OfType<BaseTypeSyntax>()
            .Select(b => b.Type.ToString().Split('.')[^1])
            .ToHashSet(StringComparer.Ordinal);
        return catalog.Problems.Where(p => bases.Contains(p.Contract.Name)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
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
