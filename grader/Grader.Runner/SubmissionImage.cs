using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Runner;

/// <summary>The submission's bytes, and the copy each call runs. A submission with static state of its own gets a
/// fresh copy in a new collectible context for every call, so that state cannot leak from one check into the next;
/// one without reuses its copy, which saves loading and compiling it again on every call.</summary>
public sealed class SubmissionImage(byte[] assembly, byte[]? symbols)
{
    /// <summary>Static readonly fields of these types hold no state a call can change.</summary>
    private static readonly Type[] StatelessTypes =
        [typeof(string), typeof(MatrixBuilder<double>), typeof(VectorBuilder<double>), typeof(Type)];

    private (Assembly Assembly, AssemblyLoadContext Context)? _shared;
    private bool? _hasState;

    public static SubmissionImage Read(string path)
    {
        var pdb = Path.ChangeExtension(path, ".pdb");
        return new SubmissionImage(File.ReadAllBytes(path), File.Exists(pdb) ? File.ReadAllBytes(pdb) : null);
    }

    /// <summary>The copy of the submission the next call runs.</summary>
    public Assembly ForCall()
    {
        if (_shared is { } shared)
        {
            if (_hasState == false)
            {
                return shared.Assembly;
            }
            shared.Context.Unload();
        }
        var fresh = LoadFresh();
        _hasState ??= HasStaticState(fresh.Assembly);
        _shared = fresh;
        return fresh.Assembly;
    }

    public (Assembly Assembly, AssemblyLoadContext Context) LoadFresh()
    {
        var context = new AssemblyLoadContext("submission", isCollectible: true);
        using var image = new MemoryStream(assembly, writable: false);
        using var pdb = symbols is null ? null : new MemoryStream(symbols, writable: false);
        return (context.LoadFromStream(image, pdb), context);
    }

    /// <summary>Whether any static field the student wrote can hold state: anything but constants, compiler-made
    /// caches, and readonly fields of primitive or stateless types.</summary>
    public static bool HasStaticState(Assembly submission)
    {
        Type[] types;
        try
        {
            types = submission.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.OfType<Type>().ToArray();
        }
        return types
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Any(f => !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute), false) &&
                      !(f.IsInitOnly && (f.FieldType.IsPrimitive || f.FieldType.IsEnum || StatelessTypes.Contains(f.FieldType))));
    }
}
