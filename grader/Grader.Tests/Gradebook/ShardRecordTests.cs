using Grader.Cli.Batch;

namespace Grader.Tests.Gradebook;

/// <summary>A batch with --shard k/n records its shard, so that a merge can say which shards it was not given.</summary>
public sealed class ShardRecordTests
{
    [Test]
    public void A_merge_of_shards_warns_of_the_missing_and_the_repeated()
    {
        using var folder = new TempFolder();
        string Shard(string name, int k, int n)
        {
            var output = Path.Combine(folder.Path, name);
            ShardRecord.Write(output, new ShardSpec(k, n));
            return output;
        }
        Assert.That(ShardRecord.Warnings([Shard("a", 1, 3), Shard("b", 3, 3)]), Is.EqualTo(new[]
        {
            "Shard 2/3 of 3 is missing: the merged gradebook lacks its students.",
        }));
        Assert.That(ShardRecord.Warnings([Shard("c", 1, 4)]), Has.One.StartsWith("Shards 2/4, 3/4, 4/4 of 4 are missing"));
        Assert.That(ShardRecord.Warnings([Shard("d", 1, 2), Shard("e", 1, 2), Shard("f", 2, 2)]), Has.One.StartsWith("Shard 1/2 is given twice"));
        Assert.That(ShardRecord.Warnings([Shard("g", 1, 2), Shard("h", 2, 2), Shard("i", 1, 3)]), Has.Some.StartsWith("The inputs are shards of splits of different sizes"));
        Assert.That(ShardRecord.Warnings([Shard("j", 1, 2), Shard("k", 2, 2)]), Is.Empty);
    }

    [Test]
    public void A_whole_class_records_no_shard_and_clears_an_old_record()
    {
        using var folder = new TempFolder();
        ShardRecord.Write(folder.Path, new ShardSpec(2, 3));
        Assert.That(ShardRecord.Read(folder.Path), Is.EqualTo(new ShardSpec(2, 3)));
        ShardRecord.Write(folder.Path, ShardSpec.All);
        Assert.That(ShardRecord.Read(folder.Path), Is.Null);
        Assert.DoesNotThrow(() => ShardRecord.Write(Path.Combine(folder.Path, "not-yet-made"), ShardSpec.All));
    }
}
