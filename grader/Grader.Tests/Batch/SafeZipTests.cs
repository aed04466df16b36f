using System.IO.Compression;
using Grader.Cli.Batch;

namespace Grader.Tests.Batch;

/// <summary>A handed-in zip is unpacked with no path outside its folder.</summary>
public sealed class SafeZipTests
{
    [Test]
    public void A_zip_that_reaches_outside_its_folder_is_refused()
    {
        var root = Directory.CreateTempSubdirectory("safe-zip-").FullName;
        try
        {
            var zip = Path.Combine(root, "evil.zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                using var entry = new StreamWriter(archive.CreateEntry("../../escaped.cs").Open());
                entry.Write("// x");
            }
            var target = Path.Combine(root, "evil");
            Assert.That(SafeZip.Extract(zip, target), Does.Contain("outside"));
            Assert.That(File.Exists(Path.Combine(root, "escaped.cs")), Is.False);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
