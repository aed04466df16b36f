using System.Globalization;
using Grader.Cli.Gradebook;

namespace Grader.Cli.Batch;

/// <summary>When each submission was handed in, for the late policy: from a CSV (<c>student,submitted_at</c>, ISO 8601
/// with an offset) when one is given, else the newest modification time of the submission's files (a zip's own).</summary>
public sealed class SubmissionTimes
{
    private readonly IReadOnlyDictionary<string, DateTimeOffset>? _listed;

    private SubmissionTimes(IReadOnlyDictionary<string, DateTimeOffset>? listed, string source)
    {
        _listed = listed;
        Source = source;
    }

    /// <summary>Where the times come from, in words.</summary>
    public string Source { get; }

    /// <summary>The times of the files themselves.</summary>
    public static SubmissionTimes FromFiles() =>
        new(null, "the newest modification time of each submission's files (a zip's own time)");

    /// <summary>The times listed in <paramref name="path"/>, or null with every malformed line in <paramref name="errors"/>.</summary>
    public static SubmissionTimes? Read(string path, List<string> errors)
    {
        var count = errors.Count;
        var table = CsvTable.Read(path, ["student", "submitted_at"], errors);
        if (table is null)
        {
            return null;
        }
        if (table.Rows.Count == 0)
        {
            errors.Add($"{path}: line {table.HeaderLine}: the header is the only line: no submission times.");
        }
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var (student, text) = (table.Field(row, "student"), table.Field(row, "submitted_at"));
            if (student.Length == 0)
            {
                errors.Add($"{table.At(row, "student")}: empty.");
            }
            else if (lines.TryGetValue(student, out var first))
            {
                errors.Add($"{table.At(row, "student")}: '{student}' is listed again (first on line {first}).");
            }
            else if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                     || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                errors.Add($"{table.At(row, "submitted_at")}: '{text}' is not an ISO 8601 time (e.g. 2019-12-18T09:30:00-06:00).");
            }
            else if (parsed.Kind == DateTimeKind.Unspecified)
            {
                errors.Add($"{table.At(row, "submitted_at")}: '{text}' has no UTC offset: add Z or ±hh:mm, or the time's zone is a guess.");
            }
            else
            {
                times[student] = time;
                lines[student] = row.Line;
            }
        }
        return errors.Count == count ? new SubmissionTimes(times, $"{path}") : null;
    }

    /// <summary>The students of <paramref name="submissions"/> that a times file does not list (none for the files' times).</summary>
    public IReadOnlyList<string> Unlisted(IEnumerable<StudentSubmission> submissions) =>
        _listed is null ? [] : submissions.Select(s => s.Student).Where(s => !_listed.ContainsKey(s)).ToArray();

    /// <summary>When <paramref name="submission"/> was handed in; null when a times file does not list it.</summary>
    public DateTimeOffset? Of(StudentSubmission submission)
    {
        if (_listed is not null)
        {
            return _listed.TryGetValue(submission.Student, out var time) ? time : null;
        }
        if (submission.IsZip || File.Exists(submission.Path))
        {
            return new DateTimeOffset(File.GetLastWriteTimeUtc(submission.Path), TimeSpan.Zero);
        }
        var files = Directory.EnumerateFiles(submission.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(Directory.GetLastWriteTimeUtc(submission.Path));
        return new DateTimeOffset(files.Max(), TimeSpan.Zero);
    }
}
