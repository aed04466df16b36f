using System.Xml.Linq;

namespace Grader.Tests.Packaging;

/// <summary>Runs `dotnet test` on a project as a process and reads the TRX it writes. No build server is started or
/// reused, so nothing of it is left running and nothing is shared with another build.</summary>
internal static class DotnetTestRun
{
    public static List<(string Name, string Outcome, string Message)> Run(string project, string workingDirectory)
    {
        var trx = Path.Combine(workingDirectory, "results.trx");
        File.Delete(trx);
        var (_, output) = Processes.Run("dotnet", ["test", project, "--logger", $"trx;LogFileName={trx}", "--nologo", "--disable-build-servers"], workingDirectory);
        Assert.That(File.Exists(trx), Is.True, $"dotnet test wrote no results:\n{output}");

        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return XDocument.Load(trx).Descendants(ns + "UnitTestResult")
            .Select(r => (
                r.Attribute("testName")!.Value,
                r.Attribute("outcome")!.Value,
                r.Descendants(ns + "Message").FirstOrDefault()?.Value ?? ""))
            .ToList();
    }
}
