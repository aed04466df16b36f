using System.IO.Compression;

namespace Grader.Cli.Batch;

/// <summary>Unpacks a student's .zip without trusting it: no path outside the target, and caps on size and entries
/// so that a zip bomb is refused rather than filling the disk.</summary>
public static class SafeZip
{
    public const long MaxBytes = 64L << 20;
    public const int MaxEntries = 5000;

    /// <returns>Null when unpacked; otherwise why the archive was refused.</returns>
    public static string? Extract(string zip, string target)
    {
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            if (archive.Entries.Count > MaxEntries)
            {
                return $"the archive has {archive.Entries.Count} entries (at most {MaxEntries}).";
            }
            var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var destination = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!destination.StartsWith(root, StringComparison.Ordinal))
                {
                    return $"the entry '{entry.FullName}' points outside the archive's folder.";
                }
                if (entry.FullName.EndsWith('/'))
                {
                    Directory.CreateDirectory(destination);
                    continue;
                }
                total += entry.Length;
                if (total > MaxBytes)
                {
                    return $"the archive unpacks to more than {MaxBytes >> 20} MiB.";
                }
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                using var input = entry.Open();
                using var output = File.Create(destination);
                CopyCapped(input, output, MaxBytes);
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return $"the archive cannot be read: {e.Message}";
        }
    }

    /// <summary>Copies at most <paramref name="cap"/> bytes: an entry's declared length can lie.</summary>
    private static void CopyCapped(Stream input, Stream output, long cap)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int n;
        while ((n = input.Read(buffer)) > 0)
        {
            copied += n;
            if (copied > cap)
            {
                throw new IOException($"an entry unpacks to more than {cap >> 20} MiB");
            }
            output.Write(buffer, 0, n);
        }
    }
}
