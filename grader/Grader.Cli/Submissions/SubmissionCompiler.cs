using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Cli.Submissions;

/// <summary>Compiles a submission's sources with Roslyn against the framework, MathNet.Numerics and the grader's
/// own copy of the contracts, with the same implicit usings and language settings as the student template.</summary>
/// <remarks>The references are read once, when the compiler is made: whoever compiles makes one and passes it on.</remarks>
public sealed class SubmissionCompiler
{
    public const string AssemblyName = "Submission";
    private const int MessagesShown = 20;

    /// <summary>The global usings the SDK adds to the template's projects (ImplicitUsings=enable).</summary>
    internal const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>What a submission is compiled against; selfcheck reads the answer key's semantics against the same.</summary>
    public IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

    /// <summary>What the .NET SDK leaves unreported by default (NoWarn 1701;1702: assembly-version unification of the
    /// references), as the template's own build does: the student did not cause these and cannot act on them.</summary>
    private static readonly string[] SdkNoWarn = ["CS1701", "CS1702"];

    public CompileResult Compile(SubmissionSource source, string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = source.SourceFiles
            .Select(file => Parse(File.ReadAllText(file), Path.GetRelativePath(source.Root, file), parse))
            .Append(Parse(ImplicitUsings, "ImplicitUsings.g.cs", parse))
            .ToArray();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            allowUnsafe: false)
            .WithSpecificDiagnosticOptions(SdkNoWarn.ToDictionary(id => id, _ => ReportDiagnostic.Suppress));
        var compilation = CSharpCompilation.Create(AssemblyName, trees, References, options);

        Directory.CreateDirectory(outputDirectory);
        var dll = Path.Combine(outputDirectory, AssemblyName + ".dll");
        var pdb = Path.Combine(outputDirectory, AssemblyName + ".pdb");
        using var dllStream = File.Create(dll);
        using var pdbStream = File.Create(pdb);
        var emit = compilation.Emit(dllStream, pdbStream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(
            debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb, pdbFilePath: pdb));

        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var warnings = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToArray();
        return emit.Success
            ? CompileResult.Succeeded(dll, Format(warnings), clock.Elapsed)
            : CompileResult.Failed(Format(errors), clock.Elapsed);
    }

    private static SyntaxTree Parse(string text, string path, CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), options, path);

    private static List<string> Format(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Take(MessagesShown).Select(d => d.ToString()).ToList();
        if (diagnostics.Count > MessagesShown)
        {
            lines.Add($"… and {diagnostics.Count - MessagesShown} more.");
        }
        return lines;
    }

    /// <summary>The framework's assemblies, the contracts, MathNet.Numerics and the toolkit; not the grader's own assemblies.</summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.StartsWith(runtime, StringComparison.Ordinal) && path.EndsWith(".dll", StringComparison.Ordinal));
        // What a student may use: the contracts, MathNet, and the toolkit (with the CSV library it reads data with).
        Assembly[] extra =
        [
            typeof(IGruCell).Assembly, typeof(Matrix<double>).Assembly,
            typeof(Grader.Toolkit.MlpClassifier).Assembly, typeof(CsvHelper.CsvReader).Assembly,
        ];
        return framework.Concat(extra.Select(a => a.Location))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
