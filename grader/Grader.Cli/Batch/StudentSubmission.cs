namespace Grader.Cli.Batch;

/// <summary>One student's hand-in in a batch: a folder, or a .zip that is unpacked before grading.</summary>
public sealed record StudentSubmission(string Student, string Path, bool IsZip)
{
    /// <summary>Every sub-folder and .zip of <paramref name="directory"/>, by student name; names starting with '.' are skipped.</summary>
    public static IReadOnlyList<StudentSubmission> Enumerate(string directory)
    {
        var folders = Directory.GetDirectories(directory).Select(d => new StudentSubmission(System.IO.Path.GetFileName(d), d, false));
        var zips = Directory.GetFiles(directory, "*.zip").Select(z => new StudentSubmission(System.IO.Path.GetFileNameWithoutExtension(z), z, true));
        return folders.Concat(zips)
            .Where(s => !s.Student.StartsWith('.'))
            .OrderBy(s => s.Student, StringComparer.Ordinal)
            .ToArray();
    }
}
