using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Cli.Pipeline;

/// <summary>A collectible load context for one submission. The contracts and MathNet resolve to the host's copies,
/// so the submission's types implement the very interfaces the problems cast to.</summary>
public sealed class SubmissionLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;

    public Assembly LoadSubmission(string assemblyPath)
    {
        var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
        using var dll = File.OpenRead(assemblyPath);
        using var symbols = File.Exists(pdb) ? File.OpenRead(pdb) : null;
        return LoadFromStream(dll, symbols);
    }
}
