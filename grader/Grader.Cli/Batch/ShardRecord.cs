using System.Globalization;

namespace Grader.Cli.Batch;

/// <summary>shard.txt in a batch's output: which slice (k/n) it graded, so that <c>grader merge</c> can say which of
/// 1…n it was not given.</summary>
public static class ShardRecord
{
    public const string FileName = "shard.txt";

    /// <summary>Records <paramref name="shard"/> in <paramref name="output"/>; a whole class (1/1) records nothing.</summary>
    public static void Write(string output, ShardSpec shard)
    {
        var path = Path.Combine(output, FileName);
        if (shard.Count == 1)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            return;
        }
        Directory.CreateDirectory(output);
        File.WriteAllText(path, shard + "\n");
    }

    /// <summary>The shard an output folder recorded; null when it graded a whole class (or predates the record).</summary>
    public static ShardSpec? Read(string output)
    {
        var path = Path.Combine(output, FileName);
        return File.Exists(path) ? ShardSpec.Parse(File.ReadAllText(path).Trim()) : null;
    }

    /// <summary>Warnings for a merge of <paramref name="inputs"/>: shards of a split that are absent, given twice, or of
    /// splits of different sizes.</summary>
    public static IReadOnlyList<string> Warnings(IReadOnlyList<string> inputs)
    {
        var shards = inputs.Select(i => (Input: i, Shard: Read(i))).Where(x => x.Shard is not null).ToArray();
        var warnings = new List<string>();
        var splits = shards.GroupBy(x => x.Shard!.Count).ToArray();
        if (splits.Length > 1)
        {
            warnings.Add($"The inputs are shards of splits of different sizes ({string.Join(", ", shards.Select(x => $"{x.Input}: {x.Shard}"))}).");
        }
        foreach (var split in splits)
        {
            var n = split.Key;
            var present = split.Select(x => x.Shard!.Index).ToHashSet();
            var absent = Enumerable.Range(1, n).Where(k => !present.Contains(k)).ToArray();
            if (absent.Length > 0)
            {
                warnings.Add($"Shard{(absent.Length > 1 ? "s" : "")} {string.Join(", ", absent.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}/{n}")))} " +
                             $"of {n} {(absent.Length > 1 ? "are" : "is")} missing: the merged gradebook lacks {(absent.Length > 1 ? "their" : "its")} students.");
            }
            foreach (var twice in split.GroupBy(x => x.Shard!.Index).Where(g => g.Count() > 1))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Shard {twice.Key}/{n} is given twice: ") + string.Join(", ", twice.Select(x => x.Input)) + ".");
            }
        }
        return warnings;
    }
}
