using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Runner;

/// <summary>The submission's bytes, loaded afresh into a collectible context for every call, so that static
/// state cannot leak from one check into the next. The contracts and MathNet come from the runner's own copies.</summary>
public sealed class SubmissionImage(byte[] assembly, byte[]? symbols)
{
    public static SubmissionImage Read(string path)
    {
        var pdb = Path.ChangeExtension(path, ".pdb");
        return new SubmissionImage(File.ReadAllBytes(path), File.Exists(pdb) ? File.ReadAllBytes(pdb) : null);
    }

    public (Assembly Assembly, AssemblyLoadContext Context) LoadFresh()
    {
        var context = new AssemblyLoadContext("submission", isCollectible: true);
        using var image = new MemoryStream(assembly, writable: false);
        using var pdb = symbols is null ? null : new MemoryStream(symbols, writable: false);
        return (context.LoadFromStream(image, pdb), context);
    }
}
