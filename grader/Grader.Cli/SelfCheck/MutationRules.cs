using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Cli.SelfCheck;

/// <summary>The rewrites selfcheck applies, node by node. The semantic model keeps them sensible: arithmetic is
/// mutated on numbers, vectors and matrices only, never on strings, and a rewrite that cannot type-check (a
/// matrix divided by a matrix) is not proposed.</summary>
public sealed class MutationRules(SemanticModel model)
{
    // An unusual name, so that the lambda parameter cannot clash with a local of the answer key.
    private const string SigmoidLambda = ".Map(mutantArgument => 1.0 / (1.0 + Math.Exp(-mutantArgument)))";

    private static readonly Dictionary<SyntaxKind, string> Flipped = new()
    {
        [SyntaxKind.AddExpression] = "-", [SyntaxKind.SubtractExpression] = "+",
        [SyntaxKind.MultiplyExpression] = "/", [SyntaxKind.DivideExpression] = "*",
        [SyntaxKind.LessThanExpression] = "<=", [SyntaxKind.LessThanOrEqualExpression] = "<",
        [SyntaxKind.GreaterThanExpression] = ">=", [SyntaxKind.GreaterThanOrEqualExpression] = ">",
        [SyntaxKind.EqualsExpression] = "!=", [SyntaxKind.NotEqualsExpression] = "==",
        [SyntaxKind.LogicalAndExpression] = "||", [SyntaxKind.LogicalOrExpression] = "&&",
    };

    private static readonly Dictionary<SyntaxKind, string[]> Reassigned = new()
    {
        [SyntaxKind.AddAssignmentExpression] = ["-=", "="],
        [SyntaxKind.SubtractAssignmentExpression] = ["+=", "="],
        [SyntaxKind.MultiplyAssignmentExpression] = ["/="],
        [SyntaxKind.DivideAssignmentExpression] = ["*="],
    };

    public IEnumerable<MutationSite> For(SyntaxNode node) => node switch
    {
        BinaryExpressionSyntax binary => Binary(binary),
        AssignmentExpressionSyntax assignment => Assignment(assignment),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus when IsArithmetic(minus.Operand) =>
            [new MutationSite(minus, minus.Operand.ToString(), MutantKind.SignDropped)],
        ElementAccessExpressionSyntax access => ElementAccess(access),
        InvocationExpressionSyntax invocation => Invocation(invocation),
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => Constant(literal),
        ForStatementSyntax loop => LoopBound(loop),
        _ => [],
    };

    private IEnumerable<MutationSite> Binary(BinaryExpressionSyntax b)
    {
        var kind = b.Kind();
        var (left, right) = (b.Left.ToString(), b.Right.ToString());
        var arithmetic = IsArithmetic(b.Left) && IsArithmetic(b.Right);
        var logical = kind is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression;
        if (!arithmetic && !logical)
        {
            yield break;
        }
        if (Flipped.TryGetValue(kind, out var flipped) && (kind != SyntaxKind.MultiplyExpression || IsScalar(b.Right)))
        {
            yield return new MutationSite(b, $"{left} {flipped} {right}", MutantKind.BinaryOperator);
        }

        var op = b.OperatorToken.Text;
        var nonCommutative = kind is SyntaxKind.SubtractExpression or SyntaxKind.DivideExpression ||
                             (kind == SyntaxKind.MultiplyExpression && (IsMatrix(b.Left) || IsMatrix(b.Right)) && IsLinearAlgebra(b.Left) && IsLinearAlgebra(b.Right));
        if (nonCommutative)
        {
            yield return new MutationSite(b, $"{Wrap(b.Right)} {op} {Wrap(b.Left)}", MutantKind.SwappedOperands);
        }

        if (kind is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression)
        {
            if (SameType(b.Left, b))
            {
                yield return new MutationSite(b, Wrap(b.Left), MutantKind.DroppedTerm);
            }
            if (kind != SyntaxKind.SubtractExpression && SameType(b.Right, b))
            {
                yield return new MutationSite(b, Wrap(b.Right), MutantKind.DroppedTerm);
            }
        }
    }

    private IEnumerable<MutationSite> Assignment(AssignmentExpressionSyntax a)
    {
        if (!Reassigned.TryGetValue(a.Kind(), out var replacements) || !IsArithmetic(a.Left))
        {
            return [];
        }
        return replacements.Select(op => new MutationSite(a, $"{a.Left} {op} {a.Right}", MutantKind.CompoundAssignment));
    }

    private static IEnumerable<MutationSite> ElementAccess(ElementAccessExpressionSyntax access)
    {
        var args = access.ArgumentList.Arguments;
        if (args.Count == 2 && args[0].ToString() != args[1].ToString())
        {
            yield return new MutationSite(access, $"{access.Expression}[{args[1]}, {args[0]}]", MutantKind.Transposed);
        }
    }

    private IEnumerable<MutationSite> Invocation(InvocationExpressionSyntax call)
    {
        var args = call.ArgumentList.Arguments;
        if (call.Expression is MemberAccessExpressionSyntax member)
        {
            var receiver = member.Expression;
            var name = member.Name.Identifier.Text;
            switch (name, args.Count)
            {
                case ("OuterProduct", 1):
                    yield return new MutationSite(call, $"{Wrap(args[0].Expression)}.OuterProduct({receiver})", MutantKind.Transposed);
                    break;
                case ("TransposeThisAndMultiply" or "TransposeAndMultiply", 1):
                    yield return new MutationSite(call, $"{Wrap(receiver)} * {Wrap(args[0].Expression)}", MutantKind.Transposed);
                    break;
                case ("Transpose", 0):
                    yield return new MutationSite(call, receiver.ToString(), MutantKind.Transposed);
                    break;
                case ("PointwiseMultiply", 1):
                    yield return new MutationSite(call, Wrap(receiver), MutantKind.DroppedTerm);
                    yield return new MutationSite(call, Wrap(args[0].Expression), MutantKind.DroppedTerm);
                    break;
                case ("PointwiseTanh", 0):
                    yield return new MutationSite(call, Wrap(receiver) + SigmoidLambda, MutantKind.Activation);
                    break;
                case ("PointwiseMaximum", 1) when IsZero(args[0].Expression):
                    yield return new MutationSite(call, $"{Wrap(receiver)}.PointwiseTanh()", MutantKind.Activation);
                    break;
                case ("Tanh", 1) when receiver.ToString() == "Math":
                    yield return new MutationSite(call, $"(1.0 / (1.0 + Math.Exp(-({args[0]}))))", MutantKind.Activation);
                    break;
            }
        }
        else if (call.Expression is IdentifierNameSyntax { Identifier.Text: var method } && args.Count == 1 &&
                 method.Contains("sigmoid", StringComparison.OrdinalIgnoreCase) && !method.Contains("derivative", StringComparison.OrdinalIgnoreCase))
        {
            if (IsScalar(call))
            {
                yield return new MutationSite(call, $"Math.Tanh({args[0]})", MutantKind.Activation);
            }
            else if (IsLinearAlgebra(call))
            {
                yield return new MutationSite(call, $"{Wrap(args[0].Expression)}.PointwiseTanh()", MutantKind.Activation);
            }
        }
    }

    private static IEnumerable<MutationSite> Constant(LiteralExpressionSyntax literal)
    {
        switch (literal.Token.Value)
        {
            case int i:
                yield return new MutationSite(literal, (i + 1L).ToString(CultureInfo.InvariantCulture), MutantKind.Constant);
                break;
            case double d:
                var text = (d + 1).ToString("R", CultureInfo.InvariantCulture);
                // Keep it a double literal: 1.0 + 1 written "2" would turn 2 / n into integer division.
                yield return new MutationSite(literal, text.Contains('.') || text.Contains('E') ? text : text + ".0", MutantKind.Constant);
                break;
        }
    }

    private static IEnumerable<MutationSite> LoopBound(ForStatementSyntax loop)
    {
        if (loop.Condition is not BinaryExpressionSyntax condition)
        {
            yield break;
        }
        var bound = condition.Right;
        switch (condition.Kind())
        {
            case SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression:
                yield return new MutationSite(bound, $"{Wrap(bound)} - 1", MutantKind.LoopBound);
                break;
            case SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression:
                yield return new MutationSite(bound, $"{Wrap(bound)} + 1", MutantKind.LoopBound);
                break;
        }
    }

    /// <summary>The expression, parenthesised unless it is primary, so that moving it keeps its meaning.</summary>
    private static string Wrap(ExpressionSyntax e) => e is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax
        or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
        ? e.ToString()
        : $"({e})";

    private static bool IsZero(ExpressionSyntax e) => e is LiteralExpressionSyntax { Token.Value: 0 or 0.0 };

    private ITypeSymbol? TypeOf(ExpressionSyntax e) => model.GetTypeInfo(e).Type;

    private bool IsScalar(ExpressionSyntax e) => TypeOf(e)?.SpecialType is SpecialType.System_Double or SpecialType.System_Single
        or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Decimal;

    private bool IsMatrix(ExpressionSyntax e) => TypeOf(e) is { Name: "Matrix" } t && IsMathNet(t);

    private bool IsLinearAlgebra(ExpressionSyntax e) => TypeOf(e) is { Name: "Matrix" or "Vector" } t && IsMathNet(t);

    private bool IsArithmetic(ExpressionSyntax e) => IsScalar(e) || IsLinearAlgebra(e);

    private static bool IsMathNet(ITypeSymbol type) =>
        type.ContainingNamespace.ToDisplayString().StartsWith("MathNet.Numerics", StringComparison.Ordinal);

    private bool SameType(ExpressionSyntax part, ExpressionSyntax whole) =>
        TypeOf(part) is { } p && TypeOf(whole) is { } w && SymbolEqualityComparer.Default.Equals(p, w);
}
