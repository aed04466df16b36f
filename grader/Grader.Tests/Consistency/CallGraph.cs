using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Grader.Tests.Consistency;

/// <summary>The methods a compiled method can reach, read from the IL: every call, every delegate made from a method
/// (a lambda, a local function), every field and type it names, the static constructor of every type it uses, and, for a
/// compiler-made state machine it touches (an iterator's, an async method's), all of that type's methods. Only methods of the walked assemblies are
/// followed; calls through an interface or a delegate field end at the interface, so callers give those implementations
/// as entries of their own.</summary>
/// <param name="walked">Whose methods are followed.</param>
/// <param name="follow">Whether to walk into a method of those (all of them when null).</param>
internal sealed class CallGraph(Func<Assembly, bool> walked, Func<MethodBase, bool>? follow = null)
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every member a method reached from <paramref name="entries"/> refers to, with the chain of calls that
    /// leads to it (entry first).</summary>
    public IEnumerable<(MemberInfo Member, IReadOnlyList<MethodBase> Path)> References(IEnumerable<MethodBase> entries) =>
        Walk(entries).SelectMany(m => m.References.Select(r => (r, m.Path)));

    /// <summary>The methods reachable from <paramref name="entries"/> in the walked assemblies.</summary>
    public IReadOnlySet<MethodBase> Reachable(IEnumerable<MethodBase> entries) => Walk(entries).Select(m => m.Path[^1]).ToHashSet();

    /// <summary>Each method reached, with the chain of calls to it and the members its body names.</summary>
    private IEnumerable<(IReadOnlyList<MethodBase> Path, IReadOnlyList<MemberInfo> References)> Walk(IEnumerable<MethodBase> entries)
    {
        var paths = new Dictionary<MethodBase, IReadOnlyList<MethodBase>>();
        var queue = new Queue<MethodBase>();
        void Reach(MethodBase method, IReadOnlyList<MethodBase> from)
        {
            if (method.DeclaringType is { } type && walked(type.Assembly) && (follow?.Invoke(method) ?? true) && paths.TryAdd(method, [.. from, method]))
            {
                queue.Enqueue(method);
            }
        }
        foreach (var entry in entries)
        {
            Reach(entry, []);
        }
        while (queue.TryDequeue(out var method))
        {
            var path = paths[method];
            var references = Referenced(method).ToArray();
            yield return (path, references);
            foreach (var member in references)
            {
                if (member is MethodBase callee)
                {
                    Reach(callee, path);
                }
                foreach (var made in CompilerMade(member))
                {
                    Reach(made, path);
                }
                // A static constructor runs before the first use of its type: a static field's initialiser runs too.
                if ((member as Type ?? member.DeclaringType)?.TypeInitializer is { } initialiser)
                {
                    Reach(initialiser, path);
                }
            }
        }
    }

    /// <summary>The methods of a compiler-made state machine that <paramref name="member"/> is or belongs to (an
    /// iterator's or an async method's MoveNext), which run without a direct call from the method that made it. A
    /// lambda's or a local function's body needs no such rule: the method that uses it names it.</summary>
    private static IEnumerable<MethodBase> CompilerMade(MemberInfo member)
    {
        var type = member as Type ?? member.DeclaringType;
        if (type is null || !IsCompilerMade(type)
            || !(typeof(System.Collections.IEnumerator).IsAssignableFrom(type) || typeof(IAsyncStateMachine).IsAssignableFrom(type)))
        {
            return [];
        }
        var definition = type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return definition.GetMethods(all).Cast<MethodBase>().Concat(definition.GetConstructors(all));
    }

    private static bool IsCompilerMade(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.StartsWith('<');

    /// <summary>The members named by the IL of one method body.</summary>
    private static IEnumerable<MemberInfo> Referenced(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }
            var code = Codes[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    yield return method.Module.ResolveMember(token, typeArguments, methodArguments)
                                 ?? throw new InvalidOperationException($"{method.DeclaringType}.{method.Name}: token {token:x8} names nothing");
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
