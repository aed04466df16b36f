using System.Reflection;

namespace Grader.Cli.Packaging;

/// <summary>The types of the contracts assembly a problem's contract needs: the interface itself and every type of
/// that assembly its public members name, followed through those types' own members, base types and interfaces.</summary>
public static class ContractTypes
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The closure of <paramref name="contract"/> within its assembly, ordered by name.</summary>
    public static IReadOnlyList<Type> Of(Type contract)
    {
        var assembly = contract.Assembly;
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([contract]);
        while (pending.TryPop(out var type))
        {
            var outer = Outermost(type);
            if (outer.Assembly != assembly || !found.Add(outer))
            {
                continue;
            }
            foreach (var named in Named(outer))
            {
                pending.Push(named);
            }
        }
        return found.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every type a type's declaration and public members name, with the arguments of generic types and the
    /// elements of arrays taken apart.</summary>
    private static IEnumerable<Type> Named(Type type)
    {
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetNestedTypes(BindingFlags.Public));
        foreach (var member in type.GetMembers(Members))
        {
            switch (member)
            {
                case PropertyInfo property:
                    direct.Add(property.PropertyType);
                    break;
                case FieldInfo field:
                    direct.Add(field.FieldType);
                    break;
                case MethodBase method:
                    direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is MethodInfo info)
                    {
                        direct.Add(info.ReturnType);
                    }
                    break;
                case EventInfo @event when @event.EventHandlerType is { } handler:
                    direct.Add(handler);
                    break;
            }
        }
        return direct.SelectMany(Parts);
    }

    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType)
        {
            return Parts(type.GetElementType()!);
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return type.GetGenericArguments().SelectMany(Parts).Prepend(type.GetGenericTypeDefinition());
        }
        return type.IsGenericParameter ? [] : [type];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }
        return type;
    }
}
