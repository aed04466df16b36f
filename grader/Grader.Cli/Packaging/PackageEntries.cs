using System.IO.Compression;
using System.Text;

namespace Grader.Cli.Packaging;

/// <summary>The entries of a zip to write: files of the repository, each at its relative path, and texts written for it.</summary>
/// <param name="Files">Path in the zip (with '/') → the file's full path.</param>
/// <param name="Texts">Path in the zip → its text, written as UTF-8 with '\n' line ends.</param>
public sealed record PackageEntries(SortedDictionary<string, string> Files, SortedDictionary<string, string> Texts)
{
    /// <summary>Every path in the zip, sorted.</summary>
    public IEnumerable<string> Names => Files.Keys.Concat(Texts.Keys).Order(StringComparer.Ordinal);

    public void WriteTo(ZipArchive zip)
    {
        foreach (var (relative, full) in Files)
        {
            zip.CreateEntryFromFile(full, relative, CompressionLevel.Optimal);
        }
        foreach (var (relative, text) in Texts)
        {
            using var stream = zip.CreateEntry(relative, CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));
        }
    }
}
