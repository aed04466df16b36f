using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Looks for the grader's fixtures (the expected values) and its answer key from where it runs, and
/// throws "LEAK" naming what it could read; where it can read nothing it answers correctly.</summary>
public sealed class GruCell : HonestGruCell
{
    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var found = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, "/work", "/root", "/home" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                Probe(Path.Combine(dir.FullName, "fixtures", "hidden", "gru-cell", "assignment.json"), found);
                Probe(Path.Combine(dir.FullName, "Reference.Solutions.dll"), found);
            }
        }
        if (found.Count > 0)
        {
            throw new InvalidOperationException("LEAK: read " + string.Join(", ", found.Distinct()));
        }
        return base.Backward(delta);
    }

    private static void Probe(string path, List<string> found)
    {
        try
        {
            if (File.ReadAllBytes(path).Length > 0)
            {
                found.Add(Path.GetFileName(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
