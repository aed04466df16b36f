namespace Grader.Cli.Submissions;

/// <summary>The outcome of compiling a submission: an assembly on disk, or the compiler's errors.</summary>
public sealed record CompileResult
{
    private CompileResult(bool success, string? assemblyPath, IReadOnlyList<string> messages, TimeSpan elapsed)
    {
        Success = success;
        AssemblyPath = assemblyPath;
        Messages = messages;
        Elapsed = elapsed;
    }

    public bool Success { get; }

    public string? AssemblyPath { get; }

    /// <summary>Errors on failure; warnings on success.</summary>
    public IReadOnlyList<string> Messages { get; }

    public TimeSpan Elapsed { get; }

    public static CompileResult Succeeded(string assemblyPath, IReadOnlyList<string> warnings, TimeSpan elapsed) =>
        new(true, assemblyPath, warnings, elapsed);

    public static CompileResult Failed(IReadOnlyList<string> errors, TimeSpan elapsed) => new(false, null, errors, elapsed);
}
